namespace FactionGraph.Api.Security;

/// <summary>Write access (section "Auth").</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>
    /// Keys that grant write access (Auth__ApiKeys__0, Auth__ApiKeys__1, …). Default: none, and then
    /// writes are accepted from loopback clients only.
    /// </summary>
    public List<string> ApiKeys { get; set; } = [];
}
