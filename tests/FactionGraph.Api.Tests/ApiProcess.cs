using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace FactionGraph.Api.Tests;

/// <summary>
/// The API as a real operating-system process (the built FactionGraph.Api.dll), so a test can
/// kill -9 it mid-work and start it again on the same data folder and port.
/// </summary>
public sealed class ApiProcess : IDisposable
{
    readonly Process process;

    public HttpClient Client { get; }

    ApiProcess(Process process, int port)
    {
        this.process = process;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<ApiProcess> StartAsync(string dataPath, int port, IDictionary<string, string>? settings = null)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "FactionGraph.Api.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["Storage__Path"] = dataPath;
        start.Environment["Storage__Provider"] = ApiFactory.UsesNeo4j ? "Neo4j" : "Embedded";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) start.Environment[key] = value;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var api = new ApiProcess(process, port);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"The API exited with {process.ExitCode} on start.");
            try { if ((await api.Client.GetAsync("/health")).IsSuccessStatusCode) return api; } catch (HttpRequestException) { }
            await Task.Delay(100);
        }
        api.Dispose();
        throw new TimeoutException("The API did not become healthy.");
    }

    /// <summary>SIGKILL: no shutdown code runs, exactly like a crash or an OOM kill.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited) Kill();
        process.Dispose();
        Client.Dispose();
    }
}
