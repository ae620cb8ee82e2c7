using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FactionGraph.Bench.Soak;

/// <summary>
/// A soak run against a running service (bench/soak.sh starts it): first the highest rate of the traffic mix
/// it sustains with 16 callers (its maximum), then, for the set duration, the same mix sent at 80% of that
/// rate on a fixed schedule (not waiting for answers): ordinary reads (83%), hostile requests that must be
/// refused (15%), and article submissions (2%, at most 3 a second: what the extraction worker keeps up with
/// on a busy two-core machine, so the queue drains and "nothing lost" can be checked). Meanwhile /health and the server's resident memory are sampled. At the end every accepted
/// article must have been applied. Writes soak.json and soak.md.
/// An error is any answer that is not what that request should get: a 5xx, a timeout or dropped connection,
/// a read answered with errors, a write not accepted, a hostile request not refused with a 4xx (or, for GraphQL
/// executed with an error, a 200 whose body carries the refusal).
/// </summary>
public static class SoakRun
{
    sealed record Probe(string Kind, string Name, Func<int, HttpRequestMessage> Build, Func<HttpStatusCode, string, bool> Expected);

    sealed class Tally
    {
        public readonly Dictionary<string, List<double>> Latencies = [];
        public readonly Dictionary<string, int> Sent = [], Errors = [];
        public readonly List<string> ErrorExamples = [];
        public readonly List<string> AcceptedJobs = [];
        public int Dropped;

        public void Record(Probe probe, double ms, bool ok, string? detail)
        {
            lock (this)
            {
                (Latencies.TryGetValue(probe.Kind, out var list) ? list : Latencies[probe.Kind] = []).Add(ms);
                Sent[probe.Name] = Sent.GetValueOrDefault(probe.Name) + 1;
                if (ok) return;
                Errors[probe.Name] = Errors.GetValueOrDefault(probe.Name) + 1;
                if (ErrorExamples.Count < 20) ErrorExamples.Add($"{probe.Name}: {detail}");
            }
        }
    }

    public static async Task<int> RunAsync(string url, int pid, TimeSpan duration, string outDir)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 128, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
        var ids = await FactionIdsAsync(http);
        Console.WriteLine($"  {ids.Count} factions to ask about");
        var reads = Reads(ids);
        var hostile = Hostile(ids);
        // 200 distinct articles, each about two groups of its own, then the same again (answered "already known"):
        // the graph grows during the first minutes only, so the soak measures the service, not a graph that grows
        // without end (submissions that all joined one alliance made every read of that alliance larger).
        var writes = new Probe("write", "POST /articles", n => Post("/articles", JsonSerializer.Serialize(new
        {
            text = $"Liwa Soak {n % 200} and the Kataib Soak {n % 200} announced a joint operations room on Monday, activists said, days before the offensive.",
            title = $"Soak article {n % 200}", outlet = "Soak Wire", publishedAt = "2015-03-20",
        }), "application/json"), (status, _) => status is HttpStatusCode.Accepted or HttpStatusCode.OK);

        var writeNumber = 0;
        (Probe, int) Pick(Random random, long n, double writeShare)
        {
            var roll = random.NextDouble();
            return roll < writeShare ? (writes, Interlocked.Increment(ref writeNumber)) :
                roll < writeShare + 0.15 ? (hostile[random.Next(hostile.Count)], (int)n) : (reads[random.Next(reads.Count)], (int)n);
        }

        // 1. The maximum: the mix as fast as 16 callers can send it, each waiting for its answer.
        var calibration = TimeSpan.FromSeconds(Math.Clamp(duration.TotalSeconds / 20, 10, 30));
        var calibrationTally = new Tally();
        var ceiling = await CeilingAsync(http, (random, n) => Pick(random, n, 0.02), calibrationTally, calibration);
        var rate = Math.Max(1, ceiling * 0.8);
        var writeShare = Math.Min(0.02, 3 / rate);
        Console.WriteLine($"  maximum {ceiling:F0} requests/s of the mix over {calibration.TotalSeconds:F0} s; soaking at {rate:F0} requests/s for {duration.TotalSeconds:F0} s");

        // 2. The soak, on a fixed schedule: a slow answer never slows the senders down (as real clients would not).
        var tally = new Tally();
        var rss = new List<(double At, long Kb)>();
        int healthChecks = 0, healthFailures = 0;
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource(duration);
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                rss.Add((clock.Elapsed.TotalSeconds, ResidentKb(pid)));
                healthChecks++;
                try { if (!(await http.GetAsync("/health")).IsSuccessStatusCode) healthFailures++; }
                catch (Exception) { healthFailures++; }
                try { await Task.Delay(TimeSpan.FromSeconds(2), stop.Token); } catch (OperationCanceledException) { }
            }
        });
        var inFlight = new List<Task>();
        var random = new Random(20151);
        var interval = 1.0 / rate;
        for (long n = 0; !stop.IsCancellationRequested; n++)
        {
            var due = n * interval;
            var wait = due - clock.Elapsed.TotalSeconds;
            if (wait > 0.001) await Task.Delay(TimeSpan.FromSeconds(wait));
            var (probe, number) = Pick(random, n, writeShare);
            inFlight.RemoveAll(t => t.IsCompleted);
            // More than 512 unanswered means the server has fallen far behind: count it rather than pile on.
            if (inFlight.Count > 512) { Interlocked.Increment(ref tally.Dropped); continue; }
            inFlight.Add(SendAsync(http, probe, number, tally));
        }
        await Task.WhenAll(inFlight);
        await sampler;
        var sent = tally.Sent.Values.Sum();
        var achieved = sent / clock.Elapsed.TotalSeconds;

        // 3. Nothing lost: every accepted article is applied once the queue drains.
        var lost = await UnappliedAsync(http, [.. tally.AcceptedJobs, .. calibrationTally.AcceptedJobs], TimeSpan.FromSeconds(300));
        var finalHealth = (await http.GetAsync("/health")).StatusCode;

        // Memory after warm-up (the first fifth): the largest sample against the first one after it.
        var warm = rss.Where(s => s.At >= duration.TotalSeconds / 5 && s.Kb > 0).ToList();
        var baseline = warm.Count > 0 ? warm[0].Kb : 0;
        var peak = warm.Count > 0 ? warm.Max(s => s.Kb) : 0;
        var growth = baseline > 0 ? (double)(peak - baseline) / baseline : double.NaN;
        var errors = tally.Errors.Values.Sum() + tally.Dropped;

        var result = new JsonObject
        {
            ["startedUtc"] = DateTime.UtcNow.Subtract(clock.Elapsed).ToString("O", CultureInfo.InvariantCulture),
            ["durationSeconds"] = Math.Round(clock.Elapsed.TotalSeconds, 1),
            ["machineLoadAtEnd"] = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown",
            ["maximumRequestsPerSecond"] = Math.Round(ceiling, 1),
            ["calibrationErrors"] = calibrationTally.Errors.Values.Sum(),
            ["targetRequestsPerSecond"] = Math.Round(rate, 1),
            ["achievedRequestsPerSecond"] = Math.Round(achieved, 1),
            ["requests"] = sent,
            ["errors"] = errors,
            ["dropped"] = tally.Dropped,
            ["errorsByRequest"] = new JsonObject(tally.Errors.OrderBy(e => e.Key).Select(e => KeyValuePair.Create(e.Key, (JsonNode?)e.Value))),
            ["errorExamples"] = new JsonArray([.. tally.ErrorExamples.Select(e => (JsonNode?)e)]),
            ["sentByRequest"] = new JsonObject(tally.Sent.OrderBy(e => e.Key).Select(e => KeyValuePair.Create(e.Key, (JsonNode?)e.Value))),
            ["latencyMs"] = new JsonObject(tally.Latencies.OrderBy(l => l.Key).Select(l => KeyValuePair.Create(l.Key, (JsonNode?)new JsonObject
            {
                ["p50"] = Math.Round(Percentile(l.Value, 0.50), 1), ["p99"] = Math.Round(Percentile(l.Value, 0.99), 1), ["max"] = Math.Round(l.Value.Max(), 1),
            }))),
            ["healthChecks"] = healthChecks,
            ["healthFailures"] = healthFailures,
            ["healthAtEnd"] = (int)finalHealth,
            ["articlesAccepted"] = tally.AcceptedJobs.Count,
            ["articlesNotApplied"] = lost,
            ["rssKbAfterWarmup"] = baseline,
            ["rssKbPeakAfterWarmup"] = peak,
            ["rssGrowthAfterWarmup"] = double.IsNaN(growth) ? null : Math.Round(growth, 4),
            ["rssSamples"] = new JsonArray([.. rss.Select(s => (JsonNode?)new JsonArray(Math.Round(s.At, 1), s.Kb))]),
        };
        var passed = errors == 0 && lost == 0 && healthFailures == 0 && finalHealth == HttpStatusCode.OK && growth <= 0.10;
        result["passed"] = passed;
        Directory.CreateDirectory(outDir);
        await File.WriteAllTextAsync(Path.Combine(outDir, "soak.json"), result.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        await File.WriteAllTextAsync(Path.Combine(outDir, "soak.md"), Markdown(result, tally));
        Console.WriteLine(Markdown(result, tally));
        return passed ? 0 : 1;
    }

    static string Markdown(JsonObject r, Tally tally)
    {
        var md = new StringBuilder();
        md.AppendLine("# Soak run (bench/soak.sh)");
        md.AppendLine();
        md.AppendLine($"Started {r["startedUtc"]}, {r["durationSeconds"]} s; load average at the end {r["machineLoadAtEnd"]}.");
        md.AppendLine($"Goal: 0 errors, every accepted article applied, /health answering, resident memory within +10% after warm-up. **{((bool)r["passed"]! ? "Met" : "Not met")}.**");
        md.AppendLine();
        md.AppendLine("| figure | value |");
        md.AppendLine("|---|---|");
        foreach (var key in new[] { "maximumRequestsPerSecond", "calibrationErrors", "targetRequestsPerSecond", "achievedRequestsPerSecond", "requests", "errors", "dropped",
                     "healthChecks", "healthFailures", "healthAtEnd", "articlesAccepted", "articlesNotApplied", "rssKbAfterWarmup", "rssKbPeakAfterWarmup", "rssGrowthAfterWarmup" })
            md.AppendLine($"| {key} | {r[key]?.ToJsonString() ?? "null"} |");
        md.AppendLine();
        md.AppendLine("| kind | p50 ms | p99 ms | max ms |");
        md.AppendLine("|---|---|---|---|");
        foreach (var (kind, l) in (JsonObject)r["latencyMs"]!) md.AppendLine($"| {kind} | {l!["p50"]} | {l["p99"]} | {l["max"]} |");
        md.AppendLine();
        md.AppendLine("Requests sent: " + string.Join(", ", tally.Sent.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value}")) + ".");
        if (tally.ErrorExamples.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("Errors (first 20):");
            foreach (var e in tally.ErrorExamples) md.AppendLine($"- {e}");
        }
        return md.ToString();
    }

    static async Task SendAsync(HttpClient http, Probe probe, int n, Tally tally)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var request = probe.Build(n);
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var ok = probe.Expected(response.StatusCode, body);
            if (ok && probe.Kind == "write" && JsonNode.Parse(body)?["jobId"] is { } job) lock (tally) tally.AcceptedJobs.Add(job.GetValue<string>());
            tally.Record(probe, ms, ok, ok ? null : $"{(int)response.StatusCode} {body[..Math.Min(body.Length, 200)]}");
        }
        catch (Exception ex)
        {
            tally.Record(probe, Stopwatch.GetElapsedTime(started).TotalMilliseconds, false, $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    static async Task<double> CeilingAsync(HttpClient http, Func<Random, long, (Probe, int)> pick, Tally tally, TimeSpan length)
    {
        var count = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 16).Select(async worker =>
        {
            var random = new Random(worker);
            for (long i = worker; clock.Elapsed < length; i += 16)
            {
                var (probe, n) = pick(random, i);
                await SendAsync(http, probe, n, tally);
                Interlocked.Increment(ref count);
            }
        }));
        return count / clock.Elapsed.TotalSeconds;
    }

    static async Task<List<string>> FactionIdsAsync(HttpClient http)
    {
        using var response = await http.SendAsync(GraphQL("{ factions(first: 50) { nodes { id } } }"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var ids = body["data"]!["factions"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
        if (ids.Count < 2) throw new InvalidOperationException("The soak needs a graph with factions: start the service with the seed loaded.");
        return ids;
    }

    static List<Probe> Reads(List<string> ids)
    {
        static bool Answered(HttpStatusCode status, string body) => status == HttpStatusCode.OK && body.Contains("\"data\"") && !body.Contains("\"errors\"");
        return
        [
            .. ids.Take(10).Select(id => new Probe("read", "faction with members and evidence", _ => GraphQL(
                $$"""{ faction(id: "{{id}}") { name aliases members { member { name } since assertingArticles evidence { quote article { title } } } memberOf { alliance { name } } articles(first: 3) { nodes { title } } } }"""), Answered)),
            .. ids.Take(10).Select(id => new Probe("read", "neighborhood depth 2", _ => GraphQL(
                $$"""{ neighborhood(id: "{{id}}", depth: 2) { nodes { id name } edges { source target type } } }"""), Answered)),
            new Probe("read", "path", n => GraphQL($$"""{ path(from: "{{ids[n % ids.Count]}}", to: "{{ids[(n + 1) % ids.Count]}}", maxHops: 4) { hops } }"""), Answered),
            new Probe("read", "factions search", n => GraphQL($$"""{ factions(search: "{{(n % 2 == 0 ? "jaysh" : "sham")}}", first: 10) { totalCount nodes { id name } } }"""), Answered),
            new Probe("read", "stats and articles", _ => GraphQL("{ stats { factions relations articles } articles(first: 5) { nodes { title publishedAt } } }"), Answered),
            new Probe("read", "curator log", _ => GraphQL("{ curatorActions(first: 5) { action curator at } }"), Answered),
            new Probe("read", "GET /health", _ => new HttpRequestMessage(HttpMethod.Get, "/health"), (status, _) => status == HttpStatusCode.OK),
        ];
    }

    /// <summary>Requests that must be refused cleanly; none of them may change the graph.</summary>
    static List<Probe> Hostile(List<string> ids)
    {
        static bool Refused(HttpStatusCode status, string body) =>
            (int)status is >= 400 and < 500 || (status == HttpStatusCode.OK && body.Contains("\"errors\""));
        var aliases = "{ " + string.Join(' ', Enumerable.Range(0, 2_000).Select(i => $"a{i}: stats {{ factions }}")) + " }";
        var fragments = new StringBuilder("query { ...F0 } ");
        for (var i = 0; i < 40; i++) fragments.Append($"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} ");
        fragments.Append("fragment F40 on Query { stats { factions } }");
        var deep = "{ " + string.Concat(Enumerable.Repeat("faction(id: \"x\") { memberOf { alliance { ", 20)) + "id" + new string('}', 60) + " }";
        var same = "{ " + string.Join(' ', Enumerable.Repeat("stats { factions }", 30_000)) + " }";
        var huge = new string('a', 3_000_000);
        var cursor = Convert.ToBase64String(Encoding.UTF8.GetBytes("offset:2147483647"));
        return
        [
            new("hostile", "2,000 aliases", _ => GraphQL(aliases), Refused),
            new("hostile", "fragments spreading twice, 40 levels", _ => GraphQL(fragments.ToString()), Refused),
            new("hostile", "depth 60", _ => GraphQL(deep), Refused),
            new("hostile", "30,000 identical fields", _ => GraphQL(same), Refused),
            new("hostile", "3 MB body", _ => Post("/graphql", huge, "application/json"), Refused),
            new("hostile", "invalid UTF-8", _ => PostBytes("/graphql", [.. "{\"query\":\"{ faction(name: \\\""u8, 0xC3, 0x28, .. "\\\") { id } }\"}"u8], "application/json"), Refused),
            new("hostile", "lone surrogate", _ => Post("/graphql", "{\"query\":\"{ faction(name: \\\"\\ud800\\\") { id } }\"}", "application/json"), Refused),
            new("hostile", "malformed JSON", _ => Post("/graphql", "{\"query\": \"{ stats { factions } }\"", "application/json"), Refused),
            new("hostile", "cursor out of range", _ => GraphQL($$"""{ factions(after: "{{cursor}}") { nodes { id } } }"""), Refused),
            new("hostile", "search folding to nothing", _ => GraphQL("""{ factions(search: "!!! ---") { nodes { id } } }"""), Refused),
            new("hostile", "cross-site write", _ =>
            {
                var request = Post("/articles", "Jaysh al-Islam joined the Islamic State on Monday, a forged report said.", "text/plain");
                request.Headers.Add("Origin", "https://attacker.example");
                return request;
            }, Refused),
            new("hostile", "cross-site mutation", _ =>
            {
                var request = GraphQL($$"""mutation { mergeFactions(keepId: "{{ids[0]}}", mergeId: "{{ids[1]}}") { id } }""");
                request.Headers.Add("Origin", "https://attacker.example");
                return request;
            }, Refused),
            new("hostile", "self-merge", _ => GraphQL($$"""mutation { mergeFactions(keepId: "{{ids[0]}}", mergeId: "{{ids[0]}}") { id } }"""), Refused),
            new("hostile", "unmerge of nothing merged", _ => GraphQL($$"""mutation { unmergeFactions(mergeId: "{{ids[0]}}") { id } }"""), Refused),
            new("hostile", "100,000-character alias", _ => GraphQL($$"""mutation { addAlias(factionId: "{{ids[0]}}", alias: "{{new string('N', 100_000)}}") { id } }"""), Refused),
            new("hostile", "NUL in a title", _ => Post("/articles", JsonSerializer.Serialize(new { text = "Liwa Nul joined Jaysh al-Fath on Monday, activists said.", title = "a\u0000b" }), "application/json"), Refused),
            new("hostile", "javascript: address", _ => Post("/articles", JsonSerializer.Serialize(new { text = "Liwa Script joined Jaysh al-Fath on Monday, activists said.", url = "javascript:alert(1)" }), "application/json"), Refused),
            new("hostile", "look-alike single letter name", _ => GraphQL("""{ faction(name: "AAAA") { id } }"""), (status, body) => status == HttpStatusCode.OK && body.Contains("\"faction\":null") || Refused(status, body)),
        ];
    }

    static HttpRequestMessage GraphQL(string query) => Post("/graphql", JsonSerializer.Serialize(new { query }), "application/json");

    static HttpRequestMessage Post(string path, string body, string mediaType) =>
        new(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, mediaType) };

    static HttpRequestMessage PostBytes(string path, byte[] body, string mediaType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        return new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
    }

    /// <summary>Accepted articles whose job is not DONE once the queue has drained (or the wait ran out).</summary>
    static async Task<int> UnappliedAsync(HttpClient http, List<string> jobs, TimeSpan wait)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < wait)
        {
            try
            {
                var queue = JsonNode.Parse(await http.GetStringAsync("/health"))?["queue"];
                if (queue is not null && queue["queued"]!.GetValue<long>() + queue["running"]!.GetValue<long>() == 0) break;
            }
            catch (HttpRequestException) { } // unhealthy for a moment: the wait goes on, and the jobs are checked below

            await Task.Delay(1000);
        }
        var pending = new HashSet<string>(jobs);
        while (pending.Count > 0 && clock.Elapsed < wait + TimeSpan.FromSeconds(10))
        {
            foreach (var job in pending.ToList())
            {
                using var response = await http.GetAsync($"/articles/jobs/{job}");
                if (response.IsSuccessStatusCode && JsonNode.Parse(await response.Content.ReadAsStringAsync())?["state"]?.GetValue<string>() == "DONE") pending.Remove(job);
            }
            if (pending.Count > 0) await Task.Delay(1000);
        }
        return pending.Count;
    }

    /// <summary>VmRSS of the process in kB, 0 when it cannot be read (the process is gone, or not Linux).</summary>
    static long ResidentKb(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        catch (IOException) { return 0; }
    }

    static double Percentile(List<double> values, double p)
    {
        if (values.Count == 0) return 0;
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}
