using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace FactionGraph.Ingestion.Telemetry;

/// <summary>
/// What ingestion reports to OpenTelemetry: a span per job with extraction and commit as children, and counts of
/// articles on their way in. Plain System.Diagnostics types; the hosts subscribe by <see cref="Name"/>. The queue's
/// depth and oldest job are observed from the queue itself (<see cref="QueueGauges"/>).
/// </summary>
public static class IngestionTelemetry
{
    /// <summary>Name of the activity source and of the meters.</summary>
    public const string Name = "FactionGraph.Ingestion";

    public static readonly ActivitySource Source = new(Name);

    static readonly Meter Meter = new(Name);

    public static readonly Counter<long> Accepted = Meter.CreateCounter<long>(
        "factiongraph.ingestion.articles.accepted", "{article}", "Articles accepted into the durable queue (HTTP, GraphQL or the inbox).");

    public static readonly Counter<long> Applied = Meter.CreateCounter<long>(
        "factiongraph.ingestion.articles.applied", "{article}", "Articles whose store transaction committed; changed=false when the graph already held them.");

    public static readonly Counter<long> Failed = Meter.CreateCounter<long>(
        "factiongraph.ingestion.articles.failed", "{attempt}", "Attempts to apply an article that failed, by whether the failure was transient.");

    public static readonly Counter<long> SetAside = Meter.CreateCounter<long>(
        "factiongraph.ingestion.articles.set_aside", "{article}", "Articles set aside as FAILED after their last allowed attempt.");

    public static readonly Counter<long> RelationsWritten = Meter.CreateCounter<long>(
        "factiongraph.ingestion.relations.written", "{relation}", "Relations new to the graph, written by applied articles.");

    public static readonly Histogram<double> ExtractionDuration = Meter.CreateHistogram<double>(
        "factiongraph.ingestion.extraction.duration", "s", "Time to read factions and relations from one article.");
}
