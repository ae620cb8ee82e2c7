namespace FactionGraph.Extraction;

/// <summary>
/// Every gazetteer name as a path of folded word ids. Matching walks the text's words once from each
/// starting word and keeps the longest name, so the cost grows with the text, not with the gazetteer.
/// </summary>
internal sealed class GazetteerTrie
{
    readonly Dictionary<long, int> _edges = [];
    readonly List<int> _entryAt = [-1];
    readonly List<bool> _capsOnly = [false];
    // An acronym's exact letters: word ids fold doubled letters and vowels for transliterations ("Jaish", "Jaysh"),
    // which would make "SSA" the "SAA" of another conflict; an acronym matches only as spelled.
    readonly Dictionary<int, List<string>> _acronyms = [];

    /// <summary>Adds a name (already cut into word ids, articles dropped). Returns false if another entry owns the same path.</summary>
    public bool Add(IReadOnlyList<int> words, int entry, bool capsOnly, string? acronym = null)
    {
        if (words.Count == 0 || words.Any(w => w < 0)) return false;
        var node = 0;
        foreach (var w in words)
        {
            var key = Key(node, w);
            if (!_edges.TryGetValue(key, out var child))
            {
                child = _entryAt.Count;
                _edges[key] = child;
                _entryAt.Add(-1);
                _capsOnly.Add(false);
            }
            node = child;
        }
        if (_entryAt[node] >= 0 && _entryAt[node] != entry) return false;
        if (_entryAt[node] < 0) _capsOnly[node] = capsOnly;
        else _capsOnly[node] &= capsOnly; // the same entry spelled both ways: the lenient one wins
        _entryAt[node] = entry;
        if (capsOnly && acronym is not null)
        {
            if (!_acronyms.TryGetValue(node, out var spellings)) _acronyms[node] = spellings = [];
            spellings.Add(acronym);
        }
        return true;
    }

    /// <summary>The longest name starting at token <paramref name="first"/>: (entry, index past its last word), or entry -1.</summary>
    /// <remarks>Runs once per word of every article: a concrete list and the model's own article test, not an interface and a delegate.</remarks>
    public (int Entry, int End) Match(string text, List<Token> tokens, int first, int limit, ExtractorModel model)
    {
        var node = 0;
        var best = (-1, first);
        var words = 0;
        for (var i = first; i < limit; i++)
        {
            var t = tokens[i];
            if (i > first && t.Has(TokenShape.BreakBefore)) break;
            if (model.IsSkippableArticle(tokens, i) && i + 1 < limit) { if (i == first) break; continue; }
            if (!_edges.TryGetValue(Key(node, t.Word), out node)) break;
            words++;
            var entry = _entryAt[node];
            if (entry >= 0 && (!_capsOnly[node] || (words == 1 && t.Has(TokenShape.AllCaps) && SpelledAs(node, text.AsSpan(t.Start, t.End - t.Start)))))
                best = (entry, i + 1);
        }
        return best;
    }

    bool SpelledAs(int node, ReadOnlySpan<char> word)
    {
        if (!_acronyms.TryGetValue(node, out var spellings)) return true;
        foreach (var a in spellings) if (word.Equals(a, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    static long Key(int node, int word) => ((long)node << 32) | (uint)word;
}
