using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using Serilog.Formatting.Compact;

namespace FactionGraph.Ingestion.Hosting;

/// <summary>Serilog for both hosts (API and worker), so they log alike.</summary>
public static class LoggingSetup
{
    /// <summary>
    /// Levels and enrichers from the "Serilog" configuration section; console output is
    /// human-readable by default and compact JSON when Logging:Format is "Json" (containers).
    /// </summary>
    public static IServiceCollection AddFactionGraphLogging(this IServiceCollection services, IConfiguration configuration) =>
        services.AddSerilog((provider, logger) => Configure(logger, configuration).ReadFrom.Services(provider));

    public static LoggerConfiguration Configure(LoggerConfiguration logger, IConfiguration configuration)
    {
        logger.ReadFrom.Configuration(configuration).Enrich.FromLogContext();
        var format = configuration["Logging:Format"];
        if (string.Equals(format, "Json", StringComparison.OrdinalIgnoreCase))
            return logger.WriteTo.Console(new RenderedCompactJsonFormatter());
        if (format is not null && !string.Equals(format, "Text", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"Logging:Format '{format}' is not known; use Text or Json.");
        return logger.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}");
    }
}
