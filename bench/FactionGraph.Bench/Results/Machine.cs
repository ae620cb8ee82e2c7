using System.Runtime.InteropServices;

namespace FactionGraph.Bench.Results;

/// <summary>What the figures were measured on; numbers mean little without it.</summary>
public sealed record Machine(int Cores, double MemoryGiB, string Cpu, string Os, string DotNet)
{
    public static Machine Current() => new(
        Environment.ProcessorCount,
        Math.Round(MemTotalKiB() / 1024.0 / 1024.0, 1),
        ProcField("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        OsName(),
        RuntimeInformation.FrameworkDescription);

    static long MemTotalKiB() =>
        long.TryParse(ProcField("/proc/meminfo", "MemTotal")?.Split(' ')[0], out var kib) ? kib : 0;

    static string OsName()
    {
        var pretty = File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?[12..].Trim('"')
            : null;
        // OSDescription is the kernel on Linux; the distribution name says more, so both when they differ.
        return pretty is null || pretty == RuntimeInformation.OSDescription ? RuntimeInformation.OSDescription : $"{pretty}, kernel {Environment.OSVersion.Version}";
    }

    /// <summary>The value of "key: value" in a /proc file, first occurrence.</summary>
    static string? ProcField(string file, string key) => File.Exists(file)
        ? File.ReadLines(file).Where(l => l.StartsWith(key, StringComparison.Ordinal)).Select(l => l[(l.IndexOf(':') + 1)..].Trim()).FirstOrDefault()
        : null;
}
