using FactionGraph.Model;
using FactionGraph.Storage.Embedded;
using static FactionGraph.Storage.Tests.Scenario;

namespace FactionGraph.Storage.Tests;

/// <summary>
/// The embedded store's in-memory index answers exactly what SQLite holds after every kind of
/// commit (articles, aliases, merges), also when the commit came from another store instance on the
/// same file, as the worker container's would.
/// </summary>
public sealed class GraphIndexTests : IDisposable
{
    static readonly CancellationToken Ct = CancellationToken.None;

    static readonly Curator Analyst = new("key:0a1b2c3d");
    readonly string folder = Path.Combine(Path.GetTempPath(), "factiongraph-tests", Guid.NewGuid().ToString("n"));
    readonly SqliteGraphStore indexed, writer, sql;

    public GraphIndexTests()
    {
        var file = Path.Combine(folder, "graph.db");
        indexed = new SqliteGraphStore(file, otherWritersCheck: TimeSpan.Zero);
        writer = new SqliteGraphStore(file); // another instance: its commits reach the index only through SQLite
        sql = new SqliteGraphStore(file, inMemoryIndex: false);
    }

    static readonly string[] Everyone = [Jaysh.Id, Ahrar.Id, Nusra.Id, Faylaq.Id, Jund.Id, Army.Id, "nobody"];

    /// <summary>The indexed store and plain SQL agree on factions, edges (every filter) and degrees.</summary>
    async Task AssertSameAsSqlAsync()
    {
        Assert.Equal(Sorted(await sql.GetFactionsAsync(Everyone, Ct)), Sorted(await indexed.GetFactionsAsync(Everyone, Ct)));
        RelationFilter[] filters =
        [
            RelationFilter.All, new(Direction: Direction.Outgoing), new(Direction: Direction.Incoming),
            new([RelationType.MemberOf, RelationType.Left]), new(ActiveOn: "2015-06-01"), new(ActiveOn: "2016-06-01"),
        ];
        foreach (var filter in filters)
            foreach (var ids in (string[][])[Everyone, [Jaysh.Id], [Jund.Id, Jaysh.Id]])
                Assert.Equal(await sql.GetRelationsAsync(ids, filter, Ct), await indexed.GetRelationsAsync(ids, filter, Ct));
        Assert.Equal(await sql.GetDegreesAsync(Everyone, Ct), await indexed.GetDegreesAsync(Everyone, Ct));
        Assert.Equal(
            Describe(await new GraphTraversal(sql).NeighborhoodAsync(Jaysh.Id, 2, RelationFilter.All, 50, Ct)),
            Describe(await new GraphTraversal(indexed).NeighborhoodAsync(Jaysh.Id, 2, RelationFilter.All, 50, Ct)));
    }

    /// <summary>Aliases are a list, so records compare by reference; these strings compare by content.</summary>
    static List<string> Sorted(IEnumerable<Faction> factions) =>
        [.. factions.Select(f => $"{f.Id} {f.Name} {f.Kind} [{string.Join('|', f.Aliases)}] {f.FirstSeen} {f.LastSeen}").Order(StringComparer.Ordinal)];

    static string Describe(Subgraph? s) => s is null ? "null" :
        string.Join(' ', s.Nodes.Select(n => $"{n.Faction.Id}:{n.Degree}:{string.Join('|', n.Faction.Aliases)}")) + " / " + string.Join(' ', s.Edges.Select(e => e.Id));

    [Fact]
    public async Task Index_follows_every_commit_of_its_own_store()
    {
        await indexed.InitializeAsync(Ct);
        await AssertSameAsSqlAsync(); // loaded while empty
        foreach (var (article, extraction) in All())
        {
            await indexed.UpsertArticleAsync(article, extraction, Ct);
            await AssertSameAsSqlAsync();
        }
        await indexed.AddAliasAsync(Jund.Id, "Soldiers of al-Aqsa", Analyst, Ct);
        await AssertSameAsSqlAsync();
        await indexed.MergeFactionsAsync(Jaysh.Id, Jund.Id, Analyst, Ct); // Jund's edges move onto Jaysh, Jund goes
        await AssertSameAsSqlAsync();
        Assert.Empty(await indexed.GetFactionsAsync([Jund.Id], Ct));
    }

    [Fact]
    public async Task Index_follows_commits_made_by_another_instance_on_the_same_file()
    {
        await indexed.InitializeAsync(Ct);
        var (formation, extraction) = Formation();
        await indexed.UpsertArticleAsync(formation, extraction, Ct);
        Assert.Equal(4, (await indexed.LoadIndexAsync(Ct))!.Value.Relations);
        foreach (var (article, more) in All().Skip(1))
        {
            await writer.UpsertArticleAsync(article, more, Ct);
            await AssertSameAsSqlAsync();
        }
        await writer.MergeFactionsAsync(Jaysh.Id, Ahrar.Id, Analyst, Ct);
        await AssertSameAsSqlAsync();
        var stats = await sql.GetStatsAsync(Ct);
        Assert.Equal(((int)stats.Factions, (int)stats.Relations), (await indexed.LoadIndexAsync(Ct))!.Value);
    }

    public void Dispose()
    {
        indexed.Dispose();
        writer.Dispose();
        sql.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
