using System.Collections.Concurrent;
using System.Collections.Frozen;
using FactionGraph.Names;

namespace FactionGraph.Extraction;

/// <summary>What a folded word can do in a name.</summary>
[Flags]
internal enum WordRole : byte
{
    None = 0,
    /// <summary>al-, ash-, el-, the: skipped when matching names, as <see cref="NameKey"/> drops them.</summary>
    Article = 1,
    /// <summary>Ends an English-style name: "Northern Storm Brigade".</summary>
    TrailingHead = 2,
    /// <summary>Starts an Arabic-style name: "Liwa Shuhada al-Yarmouk".</summary>
    LeadingHead = 4,
    /// <summary>Capitalized at a sentence start or as a title, but never part of a group's name.</summary>
    Stop = 8,
    /// <summary>"called", "named", "dubbed", "banner": a name may follow.</summary>
    NamingCue = 16,
    /// <summary>Describes a group in a back-reference: "the new rebel alliance".</summary>
    CorefAdjective = 32,
    /// <summary>Refers back to an alliance or group: "the alliance", "the group".</summary>
    CorefNoun = 64,
    /// <summary>Refers back only after "new": "the new body", "the new formation" name the faction just created.</summary>
    NewCorefNoun = 128,
}

/// <summary>
/// The words the extractor knows (gazetteer words and cue words), each folded by <see cref="NameKey"/> to an int id.
/// Text words are resolved through a memo keyed by their raw spelling, so a word costs one hash lookup
/// after the first time it is seen; the memo is concurrent, so one extractor serves many threads.
/// </summary>
internal sealed class Lexicon
{
    const int MemoLimit = 1 << 20; // bounded: a stream of unseen words must not grow memory without end

    readonly FrozenDictionary<string, int> _ids;
    readonly WordRole[] _roles;
    readonly ConcurrentDictionary<string, int> _memo = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _memoBySpan;

    public Lexicon(IEnumerable<string> words, IReadOnlyDictionary<string, WordRole> roles)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in words.Concat(roles.Keys))
        {
            var key = NameKey.OfToken(w);
            if (key.Length > 0 && !key.Contains(' ')) ids.TryAdd(key, ids.Count);
        }
        _ids = ids.ToFrozenDictionary(StringComparer.Ordinal);
        _roles = new WordRole[ids.Count];
        foreach (var (word, role) in roles) if (ids.TryGetValue(NameKey.OfToken(word), out var wid)) _roles[wid] |= role;
        _memoBySpan = _memo.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The id of a raw word as written in text, or -1 when the lexicon does not know it.</summary>
    public int Lookup(ReadOnlySpan<char> raw)
    {
        if (_memoBySpan.TryGetValue(raw, out var id)) return id;
        var word = raw.ToString();
        id = IdOf(NameKey.OfToken(word));
        if (_memo.Count < MemoLimit) _memo.TryAdd(word, id);
        return id;
    }

    public int IdOf(string foldedWord) => _ids.TryGetValue(foldedWord, out var id) ? id : -1;

    public WordRole RoleOf(int id) => id < 0 ? WordRole.None : _roles[id];

    public bool Is(int id, WordRole role) => id >= 0 && (_roles[id] & role) != 0;
}
