using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace FactionGraph.Storage.Telemetry;

/// <summary>
/// What the stores report to OpenTelemetry: a client span and a count and duration for every round trip to a
/// store server (Neo4j's HTTP API). Plain System.Diagnostics types, so this library needs no OpenTelemetry package;
/// the hosts subscribe by <see cref="Name"/>. The embedded store runs in process and makes no round trips.
/// </summary>
public static class StoreTelemetry
{
    /// <summary>Name of the activity source and of the meter.</summary>
    public const string Name = "FactionGraph.Storage";

    public static readonly ActivitySource Source = new(Name);

    static readonly Meter Meter = new(Name);

    public static readonly Counter<long> RoundTrips = Meter.CreateCounter<long>(
        "factiongraph.store.round_trips", "{request}", "Requests sent to the store server, by store and outcome.");

    public static readonly Histogram<double> RoundTripDuration = Meter.CreateHistogram<double>(
        "factiongraph.store.round_trip.duration", "s", "Time from sending a request to the store server until its answer was read.");
}
