namespace FactionGraph.Api.Extensions;

public static class CorsExtensions
{
    /// <summary>
    /// CORS for browser front ends: origins from Cors:Origins (Cors__Origins__0, …); "*" allows any.
    /// Default: none, so browsers on other origins are refused.
    /// </summary>
    public static IServiceCollection AddFrontEndCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection("Cors:Origins").Get<string[]>() ?? [];
        return services.AddCors(cors => cors.AddDefaultPolicy(policy =>
        {
            if (origins.Contains("*")) policy.AllowAnyOrigin(); else policy.WithOrigins(origins);
            policy.WithMethods("GET", "POST").WithHeaders("Content-Type", "Accept", "Authorization", "X-Api-Key");
        }));
    }
}
