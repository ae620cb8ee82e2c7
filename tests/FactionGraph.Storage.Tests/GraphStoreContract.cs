using FactionGraph.Model;
using FactionGraph.Names;
using static FactionGraph.Storage.Tests.Scenario;

namespace FactionGraph.Storage.Tests;

/// <summary>
/// What every <see cref="IGraphStore"/> must do, run against each implementation by a subclass
/// that supplies a store on an empty database. Each test gets a fresh instance (xunit), so a fresh store.
/// </summary>
public abstract class GraphStoreContract : IAsyncLifetime
{
    protected static readonly CancellationToken Ct = CancellationToken.None;

    protected static readonly Curator Analyst = new("key:0a1b2c3d");

    protected IGraphStore Store { get; private set; } = null!;

    /// <summary>A store on an empty database with its schema created.</summary>
    protected abstract Task<IGraphStore> CreateEmptyStoreAsync();

    public async Task InitializeAsync() => Store = await CreateEmptyStoreAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected async Task IngestAllAsync()
    {
        foreach (var (article, extraction) in All()) await Store.UpsertArticleAsync(article, extraction, Ct);
    }

    async Task<Relation> EdgeAsync(RelationType type, Faction source, Faction target) =>
        Assert.Single(await Store.GetRelationsByIdAsync([Relation.IdOf(type, source.Id, target.Id)], Ct));

    [StoreFact]
    public async Task Upsert_writes_factions_edges_and_evidence_and_reports_what_it_added()
    {
        var (article, extraction) = Formation();
        var outcome = await Store.UpsertArticleAsync(article, extraction, Ct);
        Assert.Equal(new IngestOutcome(true, 5, 4, 4), outcome);
        Assert.Equal(new GraphStats(5, 4, 1, 4), await Store.GetStatsAsync(Ct));
        Assert.True(await Store.HasArticleAsync(article.Id, Ct));
        Assert.False(await Store.HasArticleAsync("art-unknown", Ct));
        var jaysh = Assert.Single(await Store.GetFactionsAsync([Jaysh.Id], Ct));
        Assert.Equal(Jaysh with { FirstSeen = "2015-03-24", LastSeen = "2015-03-24", Aliases = jaysh.Aliases }, jaysh);
        Assert.Equal(["Army of Conquest", "Jaish al-Fatah"], jaysh.Aliases);
        Assert.Equal(article, Assert.Single(await Store.GetArticlesAsync([article.Id, "art-unknown"], Ct)));
    }

    [StoreFact]
    public async Task Second_article_widens_seen_dates_and_keeps_the_first_name_and_kind()
    {
        await IngestAllAsync();
        var jaysh = Assert.Single(await Store.GetFactionsAsync([Jaysh.Id], Ct));
        Assert.Equal(("2015-03-24", "2016-01-10"), (jaysh.FirstSeen, jaysh.LastSeen));
        var renamed = Jaysh with { Name = "Army of Conquest", Kind = FactionKind.Other, Aliases = ["Jaysh al Fateh"] };
        await Store.UpsertArticleAsync(Article("art-older", "2014-12-01"), new ArticleExtraction([renamed], []), Ct);
        jaysh = Assert.Single(await Store.GetFactionsAsync([Jaysh.Id], Ct));
        Assert.Equal(("Jaysh al-Fath", FactionKind.Alliance, "2014-12-01"), (jaysh.Name, jaysh.Kind, jaysh.FirstSeen));
        Assert.Equal(["Army of Conquest", "Jaish al-Fatah", "Jaysh al Fateh"], jaysh.Aliases);
    }

    [StoreFact]
    public async Task Factions_are_found_by_any_spelling_of_name_or_alias()
    {
        await IngestAllAsync();
        Assert.Equal(Jaysh.Id, await Store.ResolveNameAsync(NameKey.Of("Jaysh al-Fath"), Ct));
        Assert.Equal(Jaysh.Id, await Store.ResolveNameAsync(NameKey.Of("JAISH AL FATEH"), Ct));
        Assert.Equal(Jaysh.Id, await Store.ResolveNameAsync(NameKey.Of("army of conquest"), Ct));
        Assert.Equal(Nusra.Id, await Store.ResolveNameAsync(NameKey.Of("Nusrah Front"), Ct));
        Assert.Null(await Store.ResolveNameAsync(NameKey.Of("Islamic State"), Ct));
    }

    [StoreFact]
    public async Task A_name_already_taken_never_merges_two_factions()
    {
        await Store.UpsertArticleAsync(Formation().Item1, Formation().Item2, Ct);
        // A different group that some outlet also calls "Army of Conquest", and whose own name is new.
        var impostor = new Faction("jaysh-al-fath-2", "Jaish al-Fath Brigade", FactionKind.Group, ["Army of Conquest", "Jaysh al-Fath"]);
        await Store.UpsertArticleAsync(Article("art-impostor", "2015-04-01"), new ArticleExtraction([impostor], []), Ct);
        Assert.Equal(Jaysh.Id, await Store.ResolveNameAsync(NameKey.Of("Army of Conquest"), Ct));
        Assert.Equal(impostor.Id, await Store.ResolveNameAsync(NameKey.Of("Jaish al-Fath Brigade"), Ct));
        var stored = Assert.Single(await Store.GetFactionsAsync([impostor.Id], Ct));
        Assert.Empty(stored.Aliases);
        Assert.Equal(6, (await Store.GetStatsAsync(Ct)).Factions);
    }

    [StoreFact]
    public async Task Two_factions_claiming_one_name_in_one_article_leave_it_to_the_first()
    {
        var first = new Faction("first", "First Brigade", FactionKind.Group, ["The Lions"]);
        var second = new Faction("second", "Second Brigade", FactionKind.Group, ["Lions"]);
        await Store.UpsertArticleAsync(Article("art-lions", "2015-05-01"), new ArticleExtraction([first, second], []), Ct);
        Assert.Equal("first", await Store.ResolveNameAsync(NameKey.Of("lions"), Ct));
        var factions = (await Store.GetFactionsAsync(["first", "second"], Ct)).ToDictionary(f => f.Id);
        Assert.Equal(["The Lions"], factions["first"].Aliases);
        Assert.Empty(factions["second"].Aliases);
    }

    [StoreFact]
    public async Task Membership_dates_come_from_evidence_and_leaving_ends_it()
    {
        await IngestAllAsync();
        var ahrar = await EdgeAsync(RelationType.MemberOf, Ahrar, Jaysh);
        Assert.Equal(("2015-03-24", (string?)null, 0.95, 2, 0), (ahrar.Since, ahrar.Until, ahrar.Confidence, ahrar.Asserting, ahrar.Denying));
        var jund = await EdgeAsync(RelationType.MemberOf, Jund, Jaysh);
        Assert.Equal(("2015-03-28", "2016-01-10"), (jund.Since, jund.Until));
        // A denied report of leaving ends nothing, and is counted as denying on its own edge.
        var faylaq = await EdgeAsync(RelationType.MemberOf, Faylaq, Jaysh);
        Assert.Null(faylaq.Until);
        var faylaqLeft = await EdgeAsync(RelationType.Left, Faylaq, Jaysh);
        Assert.Equal((0, 1, (string?)null), (faylaqLeft.Asserting, faylaqLeft.Denying, faylaqLeft.Since));
    }

    [StoreFact]
    public async Task A_departure_reported_before_the_membership_began_does_not_end_it()
    {
        var a = Article("art-early-left", "2014-06-01");
        await Store.UpsertArticleAsync(a, new ArticleExtraction([Jund, Jaysh], [Rel(RelationType.Left, Jund, Jaysh, a.Id, 0, date: "2014-06-01")]), Ct);
        await IngestAllAsync();
        Assert.Equal("2016-01-10", (await EdgeAsync(RelationType.MemberOf, Jund, Jaysh)).Until);
        var b = Article("art-late-join", "2015-02-01");
        await Store.UpsertArticleAsync(b, new ArticleExtraction([Jund, Jaysh], [Rel(RelationType.MemberOf, Jund, Jaysh, b.Id, 0, date: "2015-02-01")]), Ct);
        Assert.Equal(("2015-02-01", "2016-01-10"), ((await EdgeAsync(RelationType.MemberOf, Jund, Jaysh)).Since, (await EdgeAsync(RelationType.MemberOf, Jund, Jaysh)).Until));
    }

    [StoreFact]
    public async Task Members_and_memberships_filter_by_type_direction_and_date()
    {
        await IngestAllAsync();
        var memberOf = new RelationFilter([RelationType.MemberOf], Direction.Incoming);
        var members = await Store.GetRelationsAsync([Jaysh.Id], memberOf, Ct);
        Assert.Equal(new[] { Ahrar.Id, Faylaq.Id, Nusra.Id, Jund.Id }.Order(StringComparer.Ordinal), members.Select(r => r.Source).Order(StringComparer.Ordinal));
        Assert.Equal(members.Select(r => r.Id).Order(StringComparer.Ordinal), members.Select(r => r.Id)); // ordered by id

        var in2016 = await Store.GetRelationsAsync([Jaysh.Id], memberOf with { ActiveOn = "2016-06-01" }, Ct);
        Assert.DoesNotContain(in2016, r => r.Source == Jund.Id);
        Assert.Equal(3, in2016.Count);
        var beforeCapture = await Store.GetRelationsAsync([Jaysh.Id], memberOf with { ActiveOn = "2015-03-25" }, Ct);
        Assert.Equal(3, beforeCapture.Count); // Jund joined on the 28th
        Assert.Empty(await Store.GetRelationsAsync([Jaysh.Id], memberOf with { ActiveOn = "2015-01-01" }, Ct));

        Assert.Empty(await Store.GetRelationsAsync([Jaysh.Id], memberOf with { Direction = Direction.Outgoing }, Ct));
        var memberships = await Store.GetRelationsAsync([Jund.Id], new RelationFilter([RelationType.MemberOf, RelationType.Left], Direction.Outgoing), Ct);
        Assert.Equal([RelationType.MemberOf, RelationType.Left], memberships.Select(r => r.Type).Order());
        var outgoing = await Store.GetRelationsAsync([Jaysh.Id], new RelationFilter(Direction: Direction.Outgoing), Ct);
        Assert.Equal(RelationType.FightsAgainst, Assert.Single(outgoing).Type);
        var both = await Store.GetRelationsAsync([Jaysh.Id, Ahrar.Id], RelationFilter.All, Ct);
        Assert.Equal(7, both.Count); // 4 memberships, 2 departures, 1 fight; Ahrar's membership once
        Assert.Empty(await Store.GetRelationsAsync([], RelationFilter.All, Ct));
    }

    [StoreFact]
    public async Task Degrees_count_every_edge_once()
    {
        await IngestAllAsync();
        var degrees = await Store.GetDegreesAsync([Jaysh.Id, Jund.Id, Army.Id, "nobody"], Ct);
        Assert.Equal(new Dictionary<string, int> { [Jaysh.Id] = 7, [Jund.Id] = 2, [Army.Id] = 1 }, degrees);
        var loop = Article("art-loop", "2015-06-01");
        await Store.UpsertArticleAsync(loop, new ArticleExtraction([Jund], [Rel(RelationType.SplitFrom, Jund, Jund, loop.Id, 0)]), Ct);
        Assert.Equal(3, (await Store.GetDegreesAsync([Jund.Id], Ct))[Jund.Id]);
    }

    [StoreFact]
    public async Task Neighbourhood_and_shortest_path_run_on_the_store()
    {
        await IngestAllAsync();
        var traversal = new GraphTraversal(Store);
        var near = await traversal.NeighborhoodAsync(Army.Id, 1, RelationFilter.All, 50, Ct);
        Assert.NotNull(near);
        Assert.Equal([Army.Id, Jaysh.Id], near.Nodes.Select(n => n.Faction.Id));
        Assert.Equal(7, near.Nodes[1].Degree);
        var two = await traversal.NeighborhoodAsync(Army.Id, 2, RelationFilter.All, 50, Ct);
        Assert.Equal(6, two!.Nodes.Count);
        Assert.False(two.Truncated);
        Assert.True((await traversal.NeighborhoodAsync(Army.Id, 2, RelationFilter.All, 3, Ct))!.Truncated);
        Assert.Null(await traversal.NeighborhoodAsync("nobody", 1, RelationFilter.All, 5, Ct));

        var path = await traversal.PathAsync(Ahrar.Id, Army.Id, 4, RelationFilter.All, directed: false, Ct);
        Assert.NotNull(path);
        Assert.Equal([Ahrar.Id, Jaysh.Id, Army.Id], path.Nodes.Select(n => n.Faction.Id));
        Assert.Equal([RelationType.MemberOf, RelationType.FightsAgainst], path.Edges.Select(e => e.Type));
        Assert.NotNull(await traversal.PathAsync(Ahrar.Id, Army.Id, 4, RelationFilter.All, directed: true, Ct));
        Assert.Null(await traversal.PathAsync(Army.Id, Ahrar.Id, 4, RelationFilter.All, directed: true, Ct));
        Assert.Null(await traversal.PathAsync(Ahrar.Id, Army.Id, 1, RelationFilter.All, directed: false, Ct));
        Assert.Null(await traversal.PathAsync(Ahrar.Id, Army.Id, 4, new RelationFilter([RelationType.MemberOf]), directed: false, Ct));
    }

    [StoreFact]
    public async Task A_group_leaves_names_kinds_seen_dates_and_aliases_as_its_articles_one_after_another_would()
    {
        // The Neo4j store folds a group's mentions of a faction into one row; the outcome must not change.
        var renamed = Jaysh with { Name = "Army of Conquest", Kind = FactionKind.Other, Aliases = ["Jaysh al Fateh", "Jaish al-Fatah"] };
        var group = All().Select(a => new ExtractedArticle(a.Item1, a.Item2))
            .Append(new ExtractedArticle(Article("art-older", "2014-12-01"), new ArticleExtraction([renamed], []))).ToList();
        await Store.UpsertArticlesAsync(group, Ct);
        var jaysh = Assert.Single(await Store.GetFactionsAsync([Jaysh.Id], Ct));
        Assert.Equal(("Jaysh al-Fath", FactionKind.Alliance, "2014-12-01", "2016-01-10"), (jaysh.Name, jaysh.Kind, jaysh.FirstSeen, jaysh.LastSeen));
        Assert.Equal(["Army of Conquest", "Jaish al-Fatah", "Jaysh al Fateh"], jaysh.Aliases);
    }

    [StoreFact]
    public async Task A_group_of_articles_is_written_once_each_however_often_it_is_sent()
    {
        var group = All().Select(a => new ExtractedArticle(a.Item1, a.Item2)).ToList();
        var outcomes = await Store.UpsertArticlesAsync([.. group, group[0]], Ct); // the first article twice in one group
        Assert.Equal([true, true, true, false], outcomes.Select(o => o.Applied));
        Assert.Equal(new IngestOutcome(true, 5, 4, 4), outcomes[0]); // what it adds alone (see the first test)
        var stats = await Store.GetStatsAsync(Ct);
        Assert.Equal(new GraphStats(6, 7, 3, 8), stats); // as one article at a time
        // A worker that died after the commit, before marking its jobs done, sends the group again.
        Assert.All(await Store.UpsertArticlesAsync(group, Ct), o => Assert.False(o.Applied));
        Assert.Equal(stats, await Store.GetStatsAsync(Ct));
        Assert.Equal(new Dictionary<string, int> { [Jaysh.Id] = 7, [Jund.Id] = 2, [Army.Id] = 1 },
            await Store.GetDegreesAsync([Jaysh.Id, Jund.Id, Army.Id], Ct));
        Assert.Equal(2, (await EdgeAsync(RelationType.MemberOf, Ahrar, Jaysh)).Asserting);
    }

    [StoreFact]
    public async Task The_same_fact_from_two_articles_is_one_edge_with_two_pieces_of_evidence()
    {
        await IngestAllAsync();
        var id = Relation.IdOf(RelationType.MemberOf, Ahrar.Id, Jaysh.Id);
        var evidence = await Store.GetEvidenceAsync([id, id], Ct);
        Assert.Equal(["art-formation", "art-capture"], evidence.Select(e => e.Evidence.ArticleId));
        Assert.All(evidence, e => Assert.Equal(id, e.RelationId));
        Assert.Equal($"{id}@art-formation:0", evidence[0].Id);
        var expected = Formation().Item2.Relations[0].Evidence;
        Assert.Equal(expected, evidence[0].Evidence);
        Assert.Equal(2, (await EdgeAsync(RelationType.MemberOf, Ahrar, Jaysh)).Asserting);
        Assert.Equal(new GraphStats(6, 7, 3, 8), await Store.GetStatsAsync(Ct));
    }

    [StoreFact]
    public async Task Evidence_without_a_date_sorts_first_and_does_not_set_since()
    {
        var a = Article("art-undated", "2015-07-01");
        await Store.UpsertArticleAsync(a, new ArticleExtraction([Nusra, Army],
        [
            Rel(RelationType.FightsAgainst, Nusra, Army, a.Id, 90, date: "2015-07-01"),
            Rel(RelationType.FightsAgainst, Nusra, Army, a.Id, 10),
        ]), Ct);
        var id = Relation.IdOf(RelationType.FightsAgainst, Nusra.Id, Army.Id);
        Assert.Equal([10, 90], (await Store.GetEvidenceAsync([id], Ct)).Select(e => e.Evidence.Start));
        var edge = await EdgeAsync(RelationType.FightsAgainst, Nusra, Army);
        Assert.Equal(("2015-07-01", 2), (edge.Since, edge.Asserting));
    }

    [StoreFact]
    public async Task Re_ingesting_an_article_changes_nothing()
    {
        await IngestAllAsync();
        var before = await Store.GetStatsAsync(Ct);
        var jaysh = Assert.Single(await Store.GetFactionsAsync([Jaysh.Id], Ct));
        foreach (var (article, extraction) in All())
            Assert.Equal(new IngestOutcome(false, 0, 0, 0), await Store.UpsertArticleAsync(article, extraction, Ct));
        Assert.Equal(before, await Store.GetStatsAsync(Ct));
        var again = Assert.Single(await Store.GetFactionsAsync([Jaysh.Id], Ct));
        Assert.Equal(jaysh with { Aliases = [] }, again with { Aliases = [] });
        Assert.Equal(jaysh.Aliases, again.Aliases);
        Assert.Equal(new GraphStats(6, 7, 3, 8), before);
    }

    [StoreFact]
    public async Task Factions_search_by_name_key_and_kind_with_paging_and_totals()
    {
        await IngestAllAsync();
        var all = await Store.SearchFactionsAsync(new FactionSearch(null, null, 10, 0), Ct);
        Assert.Equal(6, all.TotalCount);
        Assert.Equal(["Ahrar al-Sham", "Faylaq al-Sham", "Jabhat al-Nusra", "Jaysh al-Fath", "Jund al-Aqsa", "Syrian Arab Army"], all.Items.Select(f => f.Name));
        var page = await Store.SearchFactionsAsync(new FactionSearch(null, null, 2, 2), Ct);
        Assert.Equal((6, 2), (page.TotalCount, page.Offset));
        Assert.Equal(["Jabhat al-Nusra", "Jaysh al-Fath"], page.Items.Select(f => f.Name));
        var sham = await Store.SearchFactionsAsync(new FactionSearch(NameKey.Of("al-Shaam"), null, 10, 0), Ct);
        Assert.Equal([Ahrar.Id, Faylaq.Id], sham.Items.Select(f => f.Id));
        var conquest = await Store.SearchFactionsAsync(new FactionSearch("conquest", null, 10, 0), Ct);
        Assert.Equal(Jaysh.Id, Assert.Single(conquest.Items).Id);
        var groups = await Store.SearchFactionsAsync(new FactionSearch(null, FactionKind.Group, 1, 0), Ct);
        Assert.Equal((4, Ahrar.Id), (groups.TotalCount, Assert.Single(groups.Items).Id));
        var none = await Store.SearchFactionsAsync(new FactionSearch("sham", FactionKind.Alliance, 10, 0), Ct);
        Assert.Equal(0, none.TotalCount);
        Assert.Empty(none.Items);
    }

    [StoreFact]
    public async Task Articles_search_newest_first_by_title_and_mention_with_paging()
    {
        await IngestAllAsync();
        await Store.UpsertArticleAsync(new Article("art-undated", "Idlib undated note", null, null, null), new ArticleExtraction([Jund], []), Ct);
        var all = await Store.SearchArticlesAsync(new ArticleSearch(null, null, 10, 0), Ct);
        Assert.Equal(["art-departure", "art-capture", "art-formation", "art-undated"], all.Items.Select(a => a.Id));
        Assert.Equal(4, all.TotalCount);
        var page = await Store.SearchArticlesAsync(new ArticleSearch(null, null, 1, 1), Ct);
        Assert.Equal((4, "art-capture"), (page.TotalCount, Assert.Single(page.Items).Id));
        var idlib = await Store.SearchArticlesAsync(new ArticleSearch("IDLIB", null, 10, 0), Ct);
        Assert.Equal(["art-capture", "art-formation", "art-undated"], idlib.Items.Select(a => a.Id));
        var jund = await Store.SearchArticlesAsync(new ArticleSearch(null, Jund.Id, 10, 0), Ct);
        Assert.Equal(["art-departure", "art-capture", "art-undated"], jund.Items.Select(a => a.Id));
        var both = await Store.SearchArticlesAsync(new ArticleSearch("idlib", Jund.Id, 1, 0), Ct);
        Assert.Equal((2, "art-capture"), (both.TotalCount, Assert.Single(both.Items).Id));
    }

    [StoreFact]
    public async Task AddAlias_names_a_faction_unless_the_name_is_taken()
    {
        await IngestAllAsync();
        await Store.AddAliasAsync(Nusra.Id, "Jabhat Fath al-Sham", Analyst, Ct);
        Assert.Equal(Nusra.Id, await Store.ResolveNameAsync(NameKey.Of("Jebhat Fateh al Sham"), Ct));
        Assert.Contains("Jabhat Fath al-Sham", Assert.Single(await Store.GetFactionsAsync([Nusra.Id], Ct)).Aliases);
        await Store.AddAliasAsync(Nusra.Id, "Jabhat Fath al-Sham", Analyst, Ct); // again: nothing changes
        Assert.Single(Assert.Single(await Store.GetFactionsAsync([Nusra.Id], Ct)).Aliases, a => a == "Jabhat Fath al-Sham");

        var taken = await Assert.ThrowsAsync<GraphStoreException>(() => Store.AddAliasAsync(Nusra.Id, "Army of Conquest", Analyst, Ct));
        Assert.Equal(GraphStoreErrors.NameTaken, taken.Code);
        Assert.Equal(Jaysh.Id, await Store.ResolveNameAsync(NameKey.Of("Army of Conquest"), Ct));
        var missing = await Assert.ThrowsAsync<GraphStoreException>(() => Store.AddAliasAsync("nobody", "Someone", Analyst, Ct));
        Assert.Equal(GraphStoreErrors.NotFound, missing.Code);
    }

    [StoreFact]
    public async Task Merging_factions_moves_names_mentions_edges_and_keeps_all_evidence()
    {
        await IngestAllAsync();
        // Suppose an analyst finds Jund al-Aqsa was Faylaq under another name.
        var before = await Store.GetStatsAsync(Ct);
        await Store.MergeFactionsAsync(Faylaq.Id, Jund.Id, Analyst, Ct);

        Assert.Empty(await Store.GetFactionsAsync([Jund.Id], Ct));
        var kept = Assert.Single(await Store.GetFactionsAsync([Faylaq.Id], Ct));
        Assert.Equal(("Faylaq al-Sham", "2015-03-24", "2016-01-10"), (kept.Name, kept.FirstSeen, kept.LastSeen));
        Assert.Equal(["Jund al-Aqsa"], kept.Aliases);
        Assert.Equal(Faylaq.Id, await Store.ResolveNameAsync(NameKey.Of("Jund al-Aqsa"), Ct));

        var member = await EdgeAsync(RelationType.MemberOf, Faylaq, Jaysh);
        Assert.Equal(("2015-03-24", "2016-01-10", 2), (member.Since, member.Until, member.Asserting));
        var left = await EdgeAsync(RelationType.Left, Faylaq, Jaysh);
        Assert.Equal((1, 1), (left.Asserting, left.Denying));
        Assert.Equal(2, (await Store.GetEvidenceAsync([member.Id], Ct)).Count);
        Assert.Equal(new GraphStats(before.Factions - 1, before.Relations - 2, before.Articles, before.Evidence), await Store.GetStatsAsync(Ct));
        Assert.Empty(await Store.GetRelationsByIdAsync([Relation.IdOf(RelationType.MemberOf, Jund.Id, Jaysh.Id)], Ct));

        var mentioning = await Store.SearchArticlesAsync(new ArticleSearch(null, Faylaq.Id, 10, 0), Ct);
        Assert.Equal(["art-departure", "art-capture", "art-formation"], mentioning.Items.Select(a => a.Id));
        Assert.Equal(GraphStoreErrors.InvalidArgument, (await Assert.ThrowsAsync<GraphStoreException>(() => Store.MergeFactionsAsync(Faylaq.Id, Faylaq.Id, Analyst, Ct))).Code);
        Assert.Equal(GraphStoreErrors.NotFound, (await Assert.ThrowsAsync<GraphStoreException>(() => Store.MergeFactionsAsync(Faylaq.Id, Jund.Id, Analyst, Ct))).Code);
    }

    [StoreFact]
    public async Task Merging_a_member_into_its_alliance_makes_no_self_loop_and_no_duplicate_edge()
    {
        await IngestAllAsync();
        var before = await Store.GetStatsAsync(Ct);
        // Jund is a member of Jaysh (and left it): both edges are between the two factions merged.
        await Store.MergeFactionsAsync(Jaysh.Id, Jund.Id, Analyst, Ct);

        var edges = await Store.GetRelationsAsync([Jaysh.Id], RelationFilter.All, Ct);
        Assert.DoesNotContain(edges, e => e.Source == e.Target);
        Assert.Equal(edges.Count, edges.Select(e => (e.Type, e.Source, e.Target)).Distinct().Count());
        Assert.Empty(await Store.GetRelationsByIdAsync([Relation.IdOf(RelationType.MemberOf, Jaysh.Id, Jaysh.Id), Relation.IdOf(RelationType.Left, Jaysh.Id, Jaysh.Id)], Ct));
        var after = await Store.GetStatsAsync(Ct);
        Assert.Equal((before.Factions - 1, before.Relations - 2, before.Evidence - 2), (after.Factions, after.Relations, after.Evidence));
    }

    [StoreFact]
    public async Task Edges_are_read_by_id_and_unknown_ids_are_ignored()
    {
        await IngestAllAsync();
        var ids = new[] { Relation.IdOf(RelationType.MemberOf, Nusra.Id, Jaysh.Id), Relation.IdOf(RelationType.FightsAgainst, Jaysh.Id, Army.Id), "no~SUCH~edge", "junk" };
        var edges = await Store.GetRelationsByIdAsync(ids, Ct);
        Assert.Equal(ids[..2].Order(StringComparer.Ordinal), edges.Select(e => e.Id).Order(StringComparer.Ordinal));
        var fight = edges.Single(e => e.Type == RelationType.FightsAgainst);
        Assert.Equal((Jaysh.Id, Army.Id), (fight.Source, fight.Target));
    }

    /// <summary>
    /// Everything a reader can see of the graph, as text: factions with names and dates, which faction each
    /// of their spellings resolves to, the articles mentioning each, every edge with its derived properties
    /// and evidence, degrees and counts. Two equal dumps are two graphs no query can tell apart.
    /// </summary>
    async Task<string> DumpAsync()
    {
        var factions = (await Store.SearchFactionsAsync(new FactionSearch(null, null, 1000, 0), Ct)).Items.OrderBy(f => f.Id, StringComparer.Ordinal).ToList();
        var ids = factions.Select(f => f.Id).ToList();
        var lines = new List<string>();
        foreach (var f in factions)
        {
            lines.Add($"faction {f.Id} {f.Name} {f.Kind} [{string.Join("|", f.Aliases)}] {f.FirstSeen} {f.LastSeen}");
            foreach (var spelling in f.Aliases.Prepend(f.Name))
                lines.Add($"  name {spelling} -> {await Store.ResolveNameAsync(NameKey.Of(spelling), Ct)}");
            var mentioning = await Store.SearchArticlesAsync(new ArticleSearch(null, f.Id, 100, 0), Ct);
            lines.Add($"  mentioned by {string.Join(",", mentioning.Items.Select(a => a.Id))}");
        }
        var relations = (await Store.GetRelationsAsync(ids, RelationFilter.All, Ct)).DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        lines.AddRange(relations.Select(r => r.ToString()));
        var evidence = await Store.GetEvidenceAsync([.. relations.Select(r => r.Id)], Ct);
        lines.AddRange(evidence.OrderBy(e => e.Id, StringComparer.Ordinal).Select(e => e.ToString()));
        lines.AddRange((await Store.GetDegreesAsync(ids, Ct)).OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => $"degree {d.Key} {d.Value}"));
        lines.Add((await Store.GetStatsAsync(Ct)).ToString());
        return string.Join("\n", lines);
    }

    /// <summary>One sentence naming two groups: the same evidence id for both once they are merged.</summary>
    async Task IngestJointStatementAsync()
    {
        var a = Article("art-joint", "2015-04-02", "Faylaq and Jund fight on together");
        await Store.UpsertArticleAsync(a, new ArticleExtraction([Faylaq, Jund, Jaysh],
        [
            Rel(RelationType.MemberOf, Faylaq, Jaysh, a.Id, 0, date: "2015-04-02"),
            Rel(RelationType.MemberOf, Jund, Jaysh, a.Id, 0, date: "2015-04-02"),
        ]), Ct);
    }

    [StoreFact]
    public async Task Unmerging_restores_the_faction_its_names_mentions_edges_and_evidence_exactly()
    {
        await IngestAllAsync();
        await IngestJointStatementAsync();
        var before = await DumpAsync();
        await Store.MergeFactionsAsync(Faylaq.Id, Jund.Id, Analyst, Ct);
        Assert.NotEqual(before, await DumpAsync());

        Assert.Equal(Faylaq.Id, await Store.UnmergeFactionsAsync(Jund.Id, Analyst, Ct));

        Assert.Equal(before, await DumpAsync());
        Assert.Equal(Jund.Id, await Store.ResolveNameAsync(NameKey.Of("Jund al-Aqsa"), Ct));
    }

    [StoreFact]
    public async Task Unmerging_a_member_from_its_alliance_brings_back_the_edges_the_merge_dropped()
    {
        await IngestAllAsync();
        var before = await DumpAsync();
        await Store.MergeFactionsAsync(Jaysh.Id, Jund.Id, Analyst, Ct); // MEMBER_OF and LEFT between the two go
        await Store.UnmergeFactionsAsync(Jund.Id, Analyst, Ct);
        Assert.Equal(before, await DumpAsync());
        Assert.Single(await Store.GetRelationsByIdAsync([Relation.IdOf(RelationType.MemberOf, Jund.Id, Jaysh.Id)], Ct));
    }

    [StoreFact]
    public async Task Unmerge_undoes_a_merge_once_and_needs_a_later_merge_of_the_kept_faction_undone_first()
    {
        await IngestAllAsync();
        var original = await DumpAsync();
        var nothing = await Assert.ThrowsAsync<GraphStoreException>(() => Store.UnmergeFactionsAsync(Jund.Id, Analyst, Ct));
        Assert.Equal(GraphStoreErrors.NotFound, nothing.Code);

        await Store.MergeFactionsAsync(Faylaq.Id, Jund.Id, Analyst, Ct);
        var afterFirst = await DumpAsync();
        await Store.MergeFactionsAsync(Ahrar.Id, Faylaq.Id, Analyst, Ct);
        var blocked = await Assert.ThrowsAsync<GraphStoreException>(() => Store.UnmergeFactionsAsync(Jund.Id, Analyst, Ct));
        Assert.Equal(GraphStoreErrors.InvalidArgument, blocked.Code);
        Assert.Contains(Faylaq.Id, blocked.Message);

        await Store.UnmergeFactionsAsync(Faylaq.Id, Analyst, Ct);
        Assert.Equal(afterFirst, await DumpAsync());
        await Store.UnmergeFactionsAsync(Jund.Id, Analyst, Ct);
        Assert.Equal(original, await DumpAsync());
        Assert.Equal(GraphStoreErrors.NotFound, (await Assert.ThrowsAsync<GraphStoreException>(() => Store.UnmergeFactionsAsync(Jund.Id, Analyst, Ct))).Code);

        // Merged again, it can be undone again.
        await Store.MergeFactionsAsync(Faylaq.Id, Jund.Id, Analyst, Ct);
        await Store.UnmergeFactionsAsync(Jund.Id, Analyst, Ct);
        Assert.Equal(original, await DumpAsync());
    }

    [StoreFact]
    public async Task Every_curator_action_is_recorded_with_who_when_and_what_newest_first()
    {
        await IngestAllAsync();
        var start = CuratorRecords.Now();
        await Store.AddAliasAsync(Nusra.Id, "Jabhat Fath al-Sham", new Curator("key:aaaa1111"), Ct);
        await Assert.ThrowsAsync<GraphStoreException>(() => Store.AddAliasAsync(Nusra.Id, "Army of Conquest", new Curator("key:aaaa1111"), Ct));
        await Store.MergeFactionsAsync(Faylaq.Id, Jund.Id, new Curator("key:bbbb2222"), Ct);
        await Store.UnmergeFactionsAsync(Jund.Id, new Curator("loopback"), Ct);
        var end = CuratorRecords.Now();

        var actions = await Store.GetCuratorActionsAsync(null, 10, Ct);
        Assert.Equal([CuratorActions.UnmergeFactions, CuratorActions.MergeFactions, CuratorActions.AddAlias], actions.Select(a => a.Action));
        Assert.Equal(["loopback", "key:bbbb2222", "key:aaaa1111"], actions.Select(a => a.Curator));
        Assert.All(actions, a => Assert.InRange(string.CompareOrdinal(a.At, start), 0, int.MaxValue));
        Assert.All(actions, a => Assert.InRange(string.CompareOrdinal(a.At, end), int.MinValue, 0));
        Assert.Equal(new Dictionary<string, string> { ["factionId"] = Nusra.Id, ["alias"] = "Jabhat Fath al-Sham" }, actions[2].Arguments);
        Assert.Equal(new Dictionary<string, string> { ["keepId"] = Faylaq.Id, ["mergeId"] = Jund.Id }, actions[1].Arguments);
        Assert.Equal(actions[0].Id, actions[1].UndoneBy);
        Assert.Null(actions[0].UndoneBy);
        Assert.Equal(3, actions.Select(a => a.Id).Distinct().Count());

        Assert.Equal([CuratorActions.AddAlias], (await Store.GetCuratorActionsAsync(Nusra.Id, 10, Ct)).Select(a => a.Action));
        Assert.Equal([CuratorActions.UnmergeFactions], (await Store.GetCuratorActionsAsync(Jund.Id, 1, Ct)).Select(a => a.Action));
        Assert.Empty(await Store.GetCuratorActionsAsync(Army.Id, 10, Ct));
    }

    const string Report = "Rebels of Jaysh al-Fath took the city of Idlib on Saturday after four days of fighting, " +
        "a monitoring group said, the second provincial capital to fall out of government hands since the war began.";

    static ExtractedArticle Printed(string id, string text) =>
        new(Article(id, "2015-03-28"), new ArticleExtraction([], []), ArticleFingerprint.Of(text));

    [StoreFact]
    public async Task A_near_copy_is_linked_to_the_article_it_repeats_alone_or_in_one_group()
    {
        var copy = Report.Replace("Saturday after", "Saturday, after").Replace("four days", "five days");
        var rewrite = "After four days of battle the government lost Idlib, its second provincial capital, to a rebel alliance, monitors reported on Saturday.";
        await Store.UpsertArticlesAsync([Printed("art-original", Report)], Ct);
        // In one group: a copy of the stored article, a copy of that copy, and the same event in other words.
        await Store.UpsertArticlesAsync([Printed("art-copy", copy), Printed("art-copy-of-copy", copy + " Reuters contributed."), Printed("art-rewrite", rewrite)], Ct);
        // Alone, after them.
        await Store.UpsertArticlesAsync([Printed("art-copy-later", Report.ToUpperInvariant())], Ct);

        var articles = (await Store.GetArticlesAsync(["art-original", "art-copy", "art-copy-of-copy", "art-rewrite", "art-copy-later"], Ct)).ToDictionary(a => a.Id, a => a.Repeats);
        Assert.Equal(new Dictionary<string, string?>
        {
            ["art-original"] = null, ["art-copy"] = "art-original", ["art-copy-of-copy"] = "art-original",
            ["art-rewrite"] = null, ["art-copy-later"] = "art-original",
        }, articles);
    }

    [StoreFact]
    public async Task Articles_mentioning_many_factions_are_the_pages_each_would_get_alone()
    {
        await IngestAllAsync();
        await Store.UpsertArticleAsync(Article("art-undated-2", null!), new ArticleExtraction([Jund], []), Ct);
        string[] ids = [Jaysh.Id, Jund.Id, Faylaq.Id, Army.Id, "no-such-faction"];
        foreach (var (first, offset) in new[] { (10, 0), (1, 0), (2, 1), (5, 3) })
        {
            var pages = await Store.GetArticlesMentioningAsync(ids, first, offset, Ct);
            Assert.Equal(ids.Order(StringComparer.Ordinal), pages.Keys.Order(StringComparer.Ordinal));
            foreach (var id in ids)
            {
                var alone = await Store.SearchArticlesAsync(new ArticleSearch(null, id, first, offset), Ct);
                Assert.Equal((alone.TotalCount, alone.Offset), (pages[id].TotalCount, pages[id].Offset));
                Assert.Equal(alone.Items, pages[id].Items);
            }
        }
        Assert.Equal(["art-departure", "art-capture", "art-undated-2"], (await Store.GetArticlesMentioningAsync([Jund.Id], 10, 0, Ct))[Jund.Id].Items.Select(a => a.Id)); // undated last
    }
}
