using System.Text.RegularExpressions;

namespace FactionGraph.Extraction;

/// <summary>
/// "Jaysh al-Fath, or the Army of Conquest," / "Liwa al-Quds, known as the Jerusalem Brigade": when one side is a
/// discovered name and the other a faction, the discovered name is an alias, not a second faction.
/// Two gazetteer factions are never merged this way.
/// </summary>
internal static partial class AppositiveAliases
{
    [GeneratedRegex(@"^,?\s*\(?\s*(?:or|meaning|which\s+means|literally|translated\s+as|which\s+translates\s+as|also\s+known\s+as|known\s+as|aka|also\s+called|otherwise\s+known\s+as|better\s+known\s+as)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cue();

    public static void Apply(ArticleState state)
    {
        var ordered = state.Mentions.Where(m => m.Source != MentionSource.Coreference).OrderBy(m => m.Start).ToList();
        for (var i = 0; i + 1 < ordered.Count; i++)
        {
            var (a, b) = (ordered[i], ordered[i + 1]);
            if (b.Start - a.End > 60 || a.EntityId == b.EntityId) continue;
            if (!Cue().IsMatch(GapText.Normalize(state.Text.AsSpan(a.End, b.Start - a.End)))) continue;
            var (keep, alias) = b.Source == MentionSource.Discovered ? (a, b) : a.Source == MentionSource.Discovered ? (b, a) : (null, null);
            if (keep is null || alias is null) continue;
            state.Entities.AddAlias(keep.EntityId, state.Text[alias.Start..alias.End]);
            var old = alias.EntityId;
            foreach (var m in state.Mentions.Where(m => m.EntityId == old)) { m.EntityId = keep.EntityId; m.Kind = keep.Kind; }
            foreach (var key in state.LocalNames.Where(kv => kv.Value == old).Select(kv => kv.Key).ToList()) state.LocalNames[key] = keep.EntityId;
        }
    }
}
