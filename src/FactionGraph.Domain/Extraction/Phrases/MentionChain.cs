using System.Text.RegularExpressions;

namespace FactionGraph.Extraction;

/// <summary>
/// A sentence's mentions in order with the folded text between them, after taking out mentions that only qualify
/// another ("the al-Qaeda-linked Nusra Front" relates and drops al-Qaeda) or name no faction of their own
/// ("Free Syrian Army factions", "Russia's Wagner Group").
/// </summary>
internal sealed partial class MentionChain
{
    public List<Mention> Items { get; } = [];
    public List<string> Gaps { get; } = [];
    public string Tail { get; private set; } = "";
    readonly HashSet<Mention> _adjectival = [];

    // "X's fighters joined Y" is about people, not X; but "X's fighters clashed with Y" is X fighting, and "X's leader, N,
    // pledged allegiance to Y" pledges X: an attack or a pledge keeps X. "X groups Y" and "X groups fighters of Y" use the verb.
    // "the al-Qaeda affiliate JNIM", "other Hezbollah allies": the name says whose affiliate or ally is meant; the
    // affiliate is the one acting (the frames read the affiliation itself from the structure).
    [GeneratedRegex(@"^(?:(?:affiliates?|branch|branches|offshoot|splinter|proxy|proxies|ally|allies|franchise)\b|factions|groups(?!\s+together|\s+(?:fighters|units|brigades|factions)\s+(?:of|from)\b|\s*$)|militias|brigades|units|members|commanders|(?:commander|official|spokesman)\b|-[a-z]+\b(?!\s*$)|'s\s+(?:[\w-]+\s+){0,2}?(?:units|fighters|forces|brigades|members|commanders|factions|leader|leadership)\b(?!(?:,\s*[^,]{1,40},)?\s+(?:(?:have|has|had|also|again|reportedly)\s+)*(?:clashed|fought|attacked|stormed|shelled|ambushed|battled|overran|raided|struck|repelled|pledged\s+allegiance|swore\s+allegiance|pledged\s+loyalty)\b))")]
    private static partial Regex Qualifies();

    [GeneratedRegex(@"\b(?:not|never|no\s+(?:links?|ties|connections?|relations?)|refus\w*|declin\w*|reluctan\w*)\b|n't\b")]
    private static partial Regex Negation();

    public static bool IsNegated(string gap) => Negated[gap];

    // Pure functions of a gap, asked again for the same short gaps in sentence after sentence.
    static readonly GapMemo<bool> Negated = new(gap => Negation().IsMatch(gap));
    static readonly GapMemo<bool> QualifiesMemo = new(gap => Qualifies().IsMatch(gap));

    public bool IsAdjectival(Mention m) => _adjectival.Contains(m);

    static readonly HashSet<string> UnitHeads = new(StringComparer.OrdinalIgnoreCase) { "legion", "division", "brigade", "brigades", "battalion", "corps", "regiment" };

    // "the SNA's Second Legion", "Hezbollah's Radwan Brigade": a name built on a unit noun, owned by another faction, is
    // one of its units. Other owned names ("Russia's Wagner Group") name a faction of their own and stay unrelated.
    static bool IsUnitName(ArticleState state, Mention m)
    {
        if (m.Source == MentionSource.Coreference) return false;
        var name = state.Text.AsSpan(m.Start, m.End - m.Start);
        if (name.IndexOf('(') is var paren and > 0) name = name[..paren].TrimEnd(); // a translation read as its alias
        var space = name.LastIndexOf(' ');
        return space > 0 && UnitHeads.Contains(name[(space + 1)..].ToString());
    }

    public TextSpan SpanOf(Mention a, Mention b) => new(Math.Min(a.Start, b.Start), Math.Max(a.End, b.End));

    public static MentionChain Build(ArticleState state, TextSpan sentence, List<Mention> mentions, List<FoundRelation> found)
    {
        var chain = new MentionChain();
        foreach (var m in mentions.OrderBy(m => m.Start))
            if (chain.Items.Count == 0 || m.Start >= chain.Items[^1].End) chain.Items.Add(m);
        if (chain.Items.Count == 0) return chain;
        var items = chain.Items;
        var gaps = chain.Gaps;
        for (var i = 0; i < items.Count; i++)
        {
            var from = i == 0 ? sentence.Start : items[i - 1].End;
            var gap = GapText.Normalize(state.Text.AsSpan(from, items[i].Start - from));
            // "U.S. warplanes struck": a period inside a sentence closes an abbreviation the name left out, not a clause.
            if (i > 0 && gap.StartsWith(". ", StringComparison.Ordinal)) gap = gap[2..];
            gaps.Add(gap);
        }
        chain.Tail = GapText.Normalize(state.Text.AsSpan(items[^1].End, sentence.End - items[^1].End));

        for (var i = 0; i + 1 < items.Count;)
        {
            var c = Connectors.Modifier(gaps[i + 1]);
            if (c is null) { i++; continue; }
            RelationReader.Emit(found, c, [items[i]], [items[i + 1]], false, chain);
            items.RemoveAt(i); gaps.RemoveAt(i + 1);
        }
        for (var i = 0; i < items.Count; i++)
        {
            var after = i + 1 < items.Count ? gaps[i + 1] : chain.Tail;
            if (!QualifiesMemo[after] && !(after == "'s" && i + 1 < items.Count)) continue;
            chain._adjectival.Add(items[i]);
            if (after == "'s" && i + 1 < items.Count && IsUnitName(state, items[i + 1]))
                RelationReader.Emit(found, MembershipConnectors.PossessiveUnit, [items[i]], [items[i + 1]], false, chain);
            if (i + 1 >= items.Count) continue;
            // The qualifier becomes words of the gap: "an umbrella of iran-backed militias that includes".
            var word = GapText.Normalize(state.Text.AsSpan(items[i].Start, items[i].End - items[i].Start));
            var next = gaps[i + 1];
            gaps[i + 1] = (gaps[i] + " " + word + (next.Length > 0 && char.IsLetterOrDigit(next[0]) ? " " : "") + next).Trim();
            items.RemoveAt(i); gaps.RemoveAt(i);
            i--;
        }
        for (var i = 1; i < items.Count;)
            if (items[i].EntityId == items[i - 1].EntityId && ListCues.IsSeparator(gaps[i]))
            {
                // "Ansar al-Sharia, the Islamist militia blamed for ...": keep the comma that opened the apposition.
                if (gaps[i].StartsWith(',') && i + 1 < items.Count) gaps[i + 1] = ", " + gaps[i + 1];
                items.RemoveAt(i); gaps.RemoveAt(i);
            }
            else i++;
        return chain;
    }
}
