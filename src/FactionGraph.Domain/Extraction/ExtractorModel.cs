using System.Text.RegularExpressions;
using FactionGraph.Extraction.Mentions;
using FactionGraph.Gazetteer;
using FactionGraph.Names;

namespace FactionGraph.Extraction;

/// <summary>Everything built once from the gazetteer and shared, read-only, by all extractions.</summary>
internal sealed class ExtractorModel
{
    public Lexicon Lexicon { get; }
    public GazetteerTrie Trie { get; } = new();
    public IReadOnlyList<GazetteerEntry> Entries { get; }
    /// <summary>Gazetteer entry index by the <see cref="NameKey"/> of each of its names: resolves discovered names the trie missed.</summary>
    public Dictionary<string, int> EntryByKey { get; } = new(StringComparer.Ordinal);
    readonly HashSet<int> _looseArticles;

    /// <summary>Proposes names no list knows (see <see cref="TaggedNames"/>); null: no tagger, only lists and rules.</summary>
    public NameTagger? Tagger { get; }

    /// <summary>Which nationality and country words name which state's forces ("Israeli strikes", "Ethiopia's military").</summary>
    public StateForces StateForces { get; }

    public ExtractorModel(IReadOnlyList<GazetteerEntry> entries, NameTagger? tagger = null)
    {
        Entries = entries;
        Tagger = tagger;
        StateForces = new StateForces(entries);
        var words = entries.SelectMany(e => e.AllNames).SelectMany(n => Regex.Split(n, @"[^\p{L}\p{N}'’]+"));
        Lexicon = new Lexicon(words, WordRoles.All());
        _looseArticles = [.. WordRoles.LooseArticles.Select(a => Lexicon.IdOf(a))];
        for (var i = 0; i < entries.Count; i++)
            foreach (var name in entries[i].AllNames)
            {
                EntryByKey.TryAdd(NameKey.Of(name), i);
                var tokens = Tokenizer.Tokenize(name, Lexicon);
                var path = tokens.Where((t, k) => !IsSkippableArticle(tokens, k)).Select(t => t.Word).ToList();
                var capsOnly = tokens.Count == 1 && tokens[0].Has(TokenShape.AllCaps) && name.Length <= 6;
                Trie.Add(path, i, capsOnly, capsOnly ? name : null);
            }
    }

    /// <summary>al-, el-, the anywhere; ash-, ad-... only when hyphenated. Never the last word (a name "The Base" keeps "Base").</summary>
    public bool IsSkippableArticle(List<Token> tokens, int i)
    {
        var t = tokens[i];
        if (i + 1 >= tokens.Count || tokens[i + 1].Has(TokenShape.BreakBefore)) return false;
        if (!Lexicon.Is(t.Word, WordRole.Article)) return false;
        return _looseArticles.Contains(t.Word) || t.Has(TokenShape.HyphenAfter);
    }
}
