using FactionGraph.Model;

namespace FactionGraph.Extraction;

/// <summary>The working state of one extraction: the text, its words, which words a mention already owns, the mentions and entities so far.</summary>
internal sealed class ArticleState(string text, List<Token> tokens, ExtractorModel model)
{
    public string Text { get; } = text;
    public List<Token> Tokens { get; } = tokens;
    public ExtractorModel Model { get; } = model;
    public bool[] Consumed { get; } = new bool[tokens.Count];
    public List<Mention> Mentions { get; } = [];
    public IReadOnlyList<TextSpan> Sentences { get; init; } = [];
    public ArticleEntities Entities { get; } = new();

    /// <summary>Acronyms and names this article defined for a faction ("the Northern Thunder Brigade (NTB)"), by folded key.</summary>
    public Dictionary<string, string> LocalNames { get; } = new(StringComparer.Ordinal);

    /// <summary>A plural back-reference's mention (its first antecedent) and the other factions it stands for.</summary>
    public Dictionary<Mention, List<(string EntityId, FactionKind Kind)>> PluralReferences { get; } = [];

    public string Surface(int tokenStart, int tokenEnd) => Text[Tokens[tokenStart].Start..Tokens[tokenEnd - 1].End];

    public void Consume(int tokenStart, int tokenEnd)
    {
        for (var i = tokenStart; i < tokenEnd; i++) Consumed[i] = true;
    }

    public bool AnyConsumed(int tokenStart, int tokenEnd)
    {
        for (var i = tokenStart; i < tokenEnd; i++) if (Consumed[i]) return true;
        return false;
    }

    /// <summary>Index of the first token starting at or after a character offset.</summary>
    public int TokenAt(int offset)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi) { var mid = (lo + hi) / 2; if (Tokens[mid].Start < offset) lo = mid + 1; else hi = mid; }
        return lo;
    }

    public Mention AddMention(int tokenStart, int tokenEnd, string id, FactionKind kind, MentionSource source)
    {
        var m = new Mention(Tokens[tokenStart].Start, Tokens[tokenEnd - 1].End, tokenStart, tokenEnd, id, kind, source);
        Mentions.Add(m);
        if (source != MentionSource.Coreference) Consume(tokenStart, tokenEnd);
        return m;
    }
}
