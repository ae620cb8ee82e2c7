using FactionGraph.Api.Security;

namespace FactionGraph.Api.Extensions;

public static class StartupLogExtensions
{
    /// <summary>Says at start-up who may write, so an operator sees an open write path at once.</summary>
    public static WebApplication LogWriteAccessMode(this WebApplication app)
    {
        var access = app.Services.GetRequiredService<WriteAccess>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("FactionGraph.Api.Security");
        if (access.KeysConfigured) logger.LogInformation("Writes require an API key (Auth:ApiKeys)");
        else logger.LogWarning("No API key configured (Auth__ApiKeys__0): writes are accepted from loopback clients only");
        return app;
    }
}
