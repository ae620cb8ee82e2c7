using FactionGraph.Gazetteer;
using FactionGraph.Model;

namespace FactionGraph.Extraction;

/// <summary>
/// The factions one article mentions, keyed by id, with every name the article used for them.
/// Gazetteer entities keep their curated name and kind; discovered ones take their first spelling.
/// </summary>
internal sealed class ArticleEntities
{
    sealed class Builder(string id, string name, FactionKind kind, GazetteerEntry? entry)
    {
        public string Id { get; } = id;
        public string Name { get; } = name;
        public FactionKind Kind { get; set; } = kind;
        public GazetteerEntry? Entry { get; } = entry;
        public List<string> Aliases { get; } = [];
    }

    readonly Dictionary<string, Builder> _byId = new(StringComparer.Ordinal);
    readonly List<Builder> _order = [];

    public void AddKnown(GazetteerEntry entry) => Get(entry.Id, entry.Name, entry.Kind, entry);

    public void AddDiscovered(string id, string name, FactionKind kind)
    {
        var b = Get(id, name, kind, null);
        if (!string.Equals(b.Name, name, StringComparison.Ordinal)) AddAlias(id, name);
    }

    public bool IsKnown(string id) => _byId.TryGetValue(id, out var b) && b.Entry is not null;

    public FactionKind KindOf(string id) => _byId.TryGetValue(id, out var b) ? b.Kind : FactionKind.Group;

    /// <summary>A discovered faction that turns out to be the target of a membership is an alliance.</summary>
    public void PromoteToAlliance(string id)
    {
        if (_byId.TryGetValue(id, out var b) && b.Entry is null && b.Kind == FactionKind.Group) b.Kind = FactionKind.Alliance;
    }

    public void AddAlias(string id, string alias)
    {
        if (!_byId.TryGetValue(id, out var b)) return;
        alias = alias.Trim();
        if (alias.Length == 0 || alias == b.Name || b.Aliases.Contains(alias)) return;
        if (b.Entry is not null && b.Entry.AllNames.Contains(alias)) return;
        b.Aliases.Add(alias);
    }

    /// <summary>The factions still named by some mention (an alias read as such no longer names a faction of its own).</summary>
    public IReadOnlyList<Faction> ToFactions(IReadOnlySet<string> mentioned) =>
        [.. _order.Where(b => mentioned.Contains(b.Id)).Select(b => new Faction(b.Id, b.Name, b.Kind, AliasesOf(b)))];

    static IReadOnlyList<string> AliasesOf(Builder b) => b.Entry is { } entry && b.Aliases.Count == 0 ? entry.OtherNames :
        [.. (b.Entry?.OtherNames ?? []).Concat(b.Aliases).Where(a => a != b.Name).Distinct(StringComparer.Ordinal)];

    Builder Get(string id, string name, FactionKind kind, GazetteerEntry? entry)
    {
        if (_byId.TryGetValue(id, out var b)) return b;
        b = new Builder(id, name, kind, entry);
        _byId[id] = b;
        _order.Add(b);
        return b;
    }
}
