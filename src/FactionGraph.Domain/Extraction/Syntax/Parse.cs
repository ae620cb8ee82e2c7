namespace FactionGraph.Extraction.Syntax;

/// <summary>One word of a parse: the dictionary entry the parser chose ("joined.v-d", "Xanar[!]") and where it stands in the parsed string.</summary>
public readonly record struct ParseWord(string Entry, int Start, int End)
{
    /// <summary>The word without the parser's subscript: "joined.v-d" → "joined".</summary>
    public string Text
    {
        get
        {
            var cut = Entry.IndexOfAny(['.', '[']);
            return cut > 0 ? Entry[..cut] : Entry;
        }
    }

    /// <summary>The parser's part-of-speech subscript: "v" for "joined.v-d", "n" for "groups.n", "" when none.</summary>
    public string Subscript
    {
        get
        {
            var dot = Entry.LastIndexOf('.');
            if (dot <= 0 || dot == Entry.Length - 1) return "";
            var s = Entry[(dot + 1)..];
            var end = s.IndexOfAny(['-', '[']);
            return end >= 0 ? s[..end] : s;
        }
    }
}

/// <summary>A link between two words: its label ("Ss", "Os", "MVp", "SJls"), left word index, right word index.</summary>
public readonly record struct ParseLink(string Label, int Left, int Right);

/// <summary>The parser's best linkage of one sentence. Words skipped as unlinkable (null words) have no links.</summary>
public sealed record Parse(IReadOnlyList<ParseWord> Words, IReadOnlyList<ParseLink> Links, int NullCount);
