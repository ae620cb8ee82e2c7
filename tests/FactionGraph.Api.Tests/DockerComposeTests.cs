using System.Diagnostics;

namespace FactionGraph.Api.Tests;

/// <summary>docker-compose.yml is valid (as docker-compose parses it) and wires API and worker to Neo4j 5.</summary>
public sealed class DockerComposeTests
{
    static (int Exit, string Output) Compose(string arguments, string? password)
    {
        var start = new ProcessStartInfo("docker-compose", arguments) { WorkingDirectory = RepoFiles.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment.Remove("NEO4J_PASSWORD");
        if (password is not null) start.Environment["NEO4J_PASSWORD"] = password;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("docker-compose did not start (apt-get install docker-compose).");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }

    [Fact]
    public void Compose_file_is_valid()
    {
        var (exit, output) = Compose("config -q", "compose-test-password");
        Assert.True(exit == 0, output);
    }

    [Fact]
    public void Compose_runs_api_and_worker_on_neo4j_5_26()
    {
        var (exit, config) = Compose("config", "compose-test-password");
        Assert.True(exit == 0, config);
        Assert.Contains("image: neo4j:5.26", config);
        Assert.Contains("PROJECT: FactionGraph.Api", config);
        Assert.Contains("PROJECT: FactionGraph.Worker", config);
        Assert.Equal(2, config.Split("Storage__Provider: Neo4j").Length - 1);
        Assert.Contains("healthcheck", config);
        Assert.Contains("http://localhost:8080/health/ready", config);
    }

    [Fact]
    public void Compose_refuses_to_start_without_a_neo4j_password()
    {
        var (exit, output) = Compose("config -q", null);
        Assert.NotEqual(0, exit);
        Assert.Contains("NEO4J_PASSWORD", output);
    }
}
