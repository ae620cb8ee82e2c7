namespace FactionGraph.Api.Extensions;

/// <summary>What the API exposes of its own telemetry (section "Telemetry"); OTLP export follows the standard OTEL_* variables.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>Serve the metrics in Prometheus's text format at GET /metrics. Default true.</summary>
    public bool MetricsEndpoint { get; set; } = true;
}
