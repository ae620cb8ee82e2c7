using FactionGraph.Model;
using FactionGraph.Storage;
using GraphQL;
using GraphQL.Types;

namespace FactionGraph.Api.GraphQL.Types;

public sealed class FactionType : ObjectGraphType<Faction>
{
    public FactionType()
    {
        Name = "Faction";
        Description = "An armed group, alliance or other actor.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id.").Resolve(c => c.Source.Id);
        Field(f => f.Name).Description("Canonical name.");
        Field<NonNullGraphType<FactionKindEnum>>("kind").Description("What sort of actor it is.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases")
            .Description("Other names: spellings, translations, acronyms, Arabic script.").Resolve(c => c.Source.Aliases);
        Field<DateGraphType>("firstSeen").Description("Publication date of the earliest article mentioning it.").Resolve(c => c.Source.FirstSeen);
        Field<DateGraphType>("lastSeen").Description("Publication date of the latest article mentioning it.").Resolve(c => c.Source.LastSeen);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MembershipType>>>>("members")
            .Description("Factions that are members of this one (MEMBER_OF edges into it).")
            .Argument<DateGraphType>("activeOn", "Only memberships active on this date: since ≤ date ≤ until.")
            .Argument<BooleanGraphType>("includeDenied", "Also memberships that no evidence asserts, only denies.", a => a.DefaultValue = false)
            .Resolve(c => Loaders(c).Relations(c.Source.Id, Memberships(c, Direction.Incoming))
                .Select(list => c.GetArgument("includeDenied", false) ? list : Asserted(list)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MembershipType>>>>("memberOf")
            .Description("Alliances this faction is a member of (its MEMBER_OF edges).")
            .Argument<DateGraphType>("activeOn", "Only memberships active on this date: since ≤ date ≤ until.")
            .Argument<BooleanGraphType>("includeDenied", "Also memberships that no evidence asserts, only denies.", a => a.DefaultValue = false)
            .Resolve(c => Loaders(c).Relations(c.Source.Id, Memberships(c, Direction.Outgoing))
                .Select(list => c.GetArgument("includeDenied", false) ? list : Asserted(list)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("relations")
            .Description("Edges of any type touching this faction.")
            .Argument<ListGraphType<NonNullGraphType<RelationTypeEnum>>>("types", "Only these types (default: all).")
            .Argument<DirectionEnum>("direction", "OUTGOING, INCOMING or BOTH (default).")
            .Argument<DateGraphType>("activeOn", "Only edges active on this date.")
            .Resolve(c => Loaders(c).Relations(c.Source.Id, new RelationFilter(
                c.GetArgument<List<RelationType>?>("types"), c.GetArgument("direction", Direction.Both), c.GetArgument<string?>("activeOn"))));
        Field<NonNullGraphType<ArticleConnectionType>>("articles")
            .Description("Articles that mention this faction, newest first.")
            .Argument<IntGraphType>("first", "Page size.").Argument<StringGraphType>("after", "Cursor of the last item seen.")
            .Resolve(c => Loaders(c).ArticlesMentioning(c.Source.Id, Paging.First(c), Paging.OffsetAfter(c.GetArgument<string?>("after"))));
    }

    static GraphLoaders Loaders(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<GraphLoaders>();

    static IReadOnlyList<Relation> Asserted(IReadOnlyList<Relation> relations) => [.. relations.Where(r => r.Asserting > 0)];

    static RelationFilter Memberships(IResolveFieldContext c, Direction direction) =>
        new([RelationType.MemberOf], direction, c.GetArgument<string?>("activeOn"));
}
