using FactionGraph.Storage.Neo4j;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FactionGraph.Storage.Tests;

/// <summary>Storage:Provider=Neo4j wires the Neo4j store, and refuses to start without a password.</summary>
public sealed class RegistrationTests
{
    static ServiceProvider Provider(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddGraphStore(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()).BuildServiceProvider();

    [Fact]
    public void Neo4j_provider_registers_the_Neo4j_store_with_bound_options()
    {
        using var provider = Provider(new()
        {
            ["Storage:Provider"] = "Neo4j", ["Neo4j:Uri"] = "http://graph:7474", ["Neo4j:Password"] = "secret",
            ["Neo4j:RequestTimeout"] = "00:00:05", ["Neo4j:MaxRetries"] = "2",
        });
        Assert.IsType<Neo4jGraphStore>(provider.GetRequiredService<IGraphStore>());
        var options = provider.GetRequiredService<IOptions<Neo4jOptions>>().Value;
        Assert.Equal((new Uri("http://graph:7474"), "neo4j", "neo4j", TimeSpan.FromSeconds(5), 2, true),
            (options.Uri, options.Username, options.Database, options.RequestTimeout, options.MaxRetries, options.BatchWrites));
    }

    [Fact]
    public void Neo4j_provider_without_a_password_fails_validation()
    {
        using var provider = Provider(new() { ["Storage:Provider"] = "Neo4j" });
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<Neo4jOptions>>().Value);
        Assert.Contains("Neo4j:Password", error.Message);
    }
}
