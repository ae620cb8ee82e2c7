using FactionGraph.Model;

namespace FactionGraph.Storage.Neo4j;

/// <summary>
/// Every Cypher statement the Neo4j store sends, in one place, so CI can lint them all (see
/// <see cref="All"/>). They run unchanged on Neo4j 3.1 and 5: <c>$param</c> parameters, MERGE and
/// UNWIND, pattern comprehensions, dates as ISO strings; no temporal types, CALL {}, elementId or
/// exists(prop). Only the DDL differs by version (<see cref="CypherSchema"/>).
/// Relationship types cannot be parameters, so statements that name one are built per
/// <see cref="RelationType"/>, a closed set: no text from outside ever reaches a statement.
/// <c>start</c> and <c>end</c> are keywords in some versions, hence the backquotes.
/// </summary>
public static partial class Cypher
{
    // Properties, not initialized fields: static initializers in partial files run in no defined order.
    static string Denied => WireName.Of(Stance.Denied);

    /// <summary>The relationship type of a relation type: its wire name, e.g. MEMBER_OF.</summary>
    public static string TypeOf(RelationType type) => WireName.Of(type);

    /// <summary>All relation types as one alternation (MEMBER_OF|LEFT|…), for patterns over every edge between factions.</summary>
    public static string AnyRelationType => string.Join('|', Enum.GetValues<RelationType>().Select(TypeOf));

    /// <summary>
    /// Every statement with a name, per-type variants included, for the linter. Neo4j 3 DDL is left
    /// out on purpose: it is 3.x syntax that Neo4j 5 (the linter's dialect) rejects.
    /// </summary>
    public static IEnumerable<(string Name, string Text)> All()
    {
        yield return (nameof(UpsertArticles), UpsertArticles);
        yield return (nameof(UpsertFactions), UpsertFactions);
        yield return (nameof(ClaimNames), ClaimNames);
        yield return (nameof(AppendAliases), AppendAliases);
        yield return (nameof(AddMentions), AddMentions);
        yield return (nameof(UpsertEvidence), UpsertEvidence);
        foreach (var type in Enum.GetValues<RelationType>())
            yield return ($"{nameof(UpsertRelations)}[{TypeOf(type)}]", UpsertRelations(type));
        yield return (nameof(RefreshMemberships), RefreshMemberships);
        yield return (nameof(RefreshDegrees), RefreshDegrees);
        yield return (nameof(FillMissingDegrees), FillMissingDegrees);
        yield return (nameof(HasArticle), HasArticle);
        yield return (nameof(ExistingArticles), ExistingArticles);
        yield return (nameof(ExistingFactions), ExistingFactions);
        yield return (nameof(ExistingEvidence), ExistingEvidence);
        yield return (nameof(GetFactions), GetFactions);
        yield return (nameof(ResolveNames), ResolveNames);
        yield return (nameof(SearchFactions), SearchFactions);
        yield return (nameof(CountFactions), CountFactions);
        foreach (var direction in Enum.GetValues<Direction>())
            yield return ($"{nameof(GetRelations)}[{direction}]", GetRelations(direction));
        yield return ($"{nameof(GetRelations)}[Both, MEMBER_OF|LEFT]", GetRelations(Direction.Both, [RelationType.MemberOf, RelationType.Left]));
        for (var depth = 1; depth <= 3; depth++)
            yield return ($"{nameof(Neighborhood)}[{depth}]", Neighborhood(depth));
        yield return ($"{nameof(Neighborhood)}[2, ALLIED_WITH]", Neighborhood(2, [RelationType.AlliedWith]));
        yield return (nameof(GetRelationsById), GetRelationsById);
        yield return (nameof(ExistingRelations), ExistingRelations);
        yield return (nameof(GetDegrees), GetDegrees);
        yield return (nameof(GetEvidence), GetEvidence);
        yield return (nameof(GetArticles), GetArticles);
        yield return (nameof(SearchArticles), SearchArticles);
        yield return (nameof(CountArticles), CountArticles);
        foreach (var (name, text) in StatsStatements) yield return ($"Stats[{name}]", text);
        yield return (nameof(MergeNames), MergeNames);
        yield return (nameof(MergeMentions), MergeMentions);
        yield return (nameof(MergeSeen), MergeSeen);
        yield return (nameof(MoveEvidence), MoveEvidence);
        yield return (nameof(DeleteEvidence), DeleteEvidence);
        yield return (nameof(DeleteFaction), DeleteFaction);
        yield return (nameof(DeleteAll), DeleteAll);
        yield return (nameof(RecordCuratorAction), RecordCuratorAction);
        yield return (nameof(RecordAliasAction), RecordAliasAction);
        yield return (nameof(LatestMerge), LatestMerge);
        yield return (nameof(MarkUndone), MarkUndone);
        yield return (nameof(GetCuratorActions), GetCuratorActions);
        yield return (nameof(RestoreFaction), RestoreFaction);
        yield return (nameof(SetAliases), SetAliases);
        yield return (nameof(NamesBack), NamesBack);
        yield return (nameof(MentionsBack), MentionsBack);
        yield return (nameof(DropMentions), DropMentions);
        yield return (nameof(SeenFromMentions), SeenFromMentions);
        yield return (nameof(DeleteEvidenceById), DeleteEvidenceById);
        yield return (nameof(DeleteUnsupportedRelations), DeleteUnsupportedRelations);
        yield return (nameof(AddArticleBands), AddArticleBands);
        yield return (nameof(RepeatCandidates), RepeatCandidates);
        yield return (nameof(ArticlesMentioning), ArticlesMentioning);
        foreach (var (i, text) in CypherSchema.Neo4j5.Index()) yield return ($"Schema5[{i}]", text);
    }
}
