using System.Text.Json;
using FactionGraph.Storage.Neo4j;

namespace FactionGraph.Storage.Tests;

/// <summary>Endpoint discovery from the documents Neo4j 3.x and 4/5 answer, without a server.</summary>
public sealed class Neo4jEndpointTests
{
    static readonly Uri Base = new("http://db.internal:7474");

    [Fact]
    public void Neo4j_5_advertises_a_transaction_template_with_the_database_name()
    {
        using var root = JsonDocument.Parse("""
            {"bolt_routing":"neo4j://localhost:7687","transaction":"http://localhost:7474/db/{databaseName}/tx",
             "bolt_direct":"bolt://localhost:7687","neo4j_version":"5.26.1","neo4j_edition":"community"}
            """);
        var (endpoint, dataUri) = Neo4jEndpoint.FromDiscovery(Base, "factions", root.RootElement);
        Assert.Null(dataUri);
        Assert.Equal(new Uri("http://db.internal:7474/db/factions/tx/commit"), endpoint!.CommitUri);
        Assert.Equal(5, endpoint.Major);
        Assert.Same(CypherSchema.Neo4j5, CypherSchema.For(endpoint.Major));
    }

    [Fact]
    public void Neo4j_3_advertises_data_whose_document_has_the_version()
    {
        using var root = JsonDocument.Parse("""{"management":"http://x:7474/db/manage/","data":"http://x:7474/db/data/"}""");
        var (endpoint, dataUri) = Neo4jEndpoint.FromDiscovery(Base, "neo4j", root.RootElement);
        Assert.Null(endpoint);
        Assert.Equal(new Uri("http://db.internal:7474/db/data/"), dataUri);
        using var data = JsonDocument.Parse("""{"transaction":"http://x:7474/db/data/transaction","neo4j_version":"3.1.1"}""");
        var found = Neo4jEndpoint.FromDataDocument(Base, dataUri!, data.RootElement);
        Assert.Equal(new Uri("http://db.internal:7474/db/data/transaction/commit"), found.CommitUri);
        Assert.Same(CypherSchema.Neo4j3, CypherSchema.For(found.Major));
    }

    [Fact]
    public void Something_else_is_not_mistaken_for_Neo4j()
    {
        using var root = JsonDocument.Parse("""{"hello":"world"}""");
        var error = Assert.Throws<Neo4jException>(() => Neo4jEndpoint.FromDiscovery(Base, "neo4j", root.RootElement));
        Assert.Equal(GraphStoreErrors.Unavailable, error.Code);
    }
}
