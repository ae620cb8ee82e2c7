using System.Runtime.InteropServices;
using static FactionGraph.Extraction.Syntax.LinkGrammarNative;

namespace FactionGraph.Extraction.Syntax;

/// <summary>
/// Parses sentences with link-grammar's English dictionary. One parser per process: loading the dictionary costs
/// ~0.3 s and ~40 MB, so <see cref="Shared"/> loads it once on first use. A sentence that finds no complete linkage is
/// parsed again allowing skipped words (null links), and every parse is bounded by <see cref="LinkParserOptions"/>.
/// Where the native library or its dictionary is missing, <see cref="Shared"/> is null and extraction reads
/// relations without syntax (callers say so once, rather than failing every article).
/// </summary>
public sealed class LinkParser : IDisposable
{
    static readonly Lazy<LinkParser?> SharedParser = new(() => TryCreate(new LinkParserOptions(), out _));
    // Keeps the delegate alive for as long as the native library may call it.
    static readonly ErrorHandler Silence = (_, _) => { };

    readonly IntPtr _dictionary;
    readonly LinkParserOptions _options;
    // Parse options carry per-sentence state (timers, resources): one set per concurrent parse, pooled.
    readonly Stack<IntPtr> _idle = new();
    readonly List<IntPtr> _all = [];
    readonly Lock _gate = new();
    bool _disposed;

    LinkParser(IntPtr dictionary, LinkParserOptions options)
    {
        _dictionary = dictionary;
        _options = options;
    }

    /// <summary>The process's parser, or null where link-grammar is not installed (see <see cref="Unavailable"/>).</summary>
    public static LinkParser? Shared => SharedParser.Value;

    /// <summary>Why <see cref="Shared"/> is null, for the one log line that says so; null when the parser loaded.</summary>
    public static string? Unavailable { get; private set; }

    public static LinkParser? TryCreate(LinkParserOptions options, out string? error)
    {
        try
        {
            lg_error_set_handler(Silence, IntPtr.Zero);
            var dictionary = dictionary_create_lang("en");
            if (dictionary == IntPtr.Zero)
            {
                error = Unavailable = "link-grammar's English dictionary was not found (install link-grammar-dictionaries-en)";
                return null;
            }
            error = null;
            return new LinkParser(dictionary, options);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            error = Unavailable = $"link-grammar is not installed (liblink-grammar5): {e.Message}";
            return null;
        }
    }

    /// <summary>
    /// The cheapest linkage of one sentence, or null when the parser finds none within its bounds. Only the cheapest:
    /// on the dev part, reading the best 3 or 6 as well added no right relation and 6-7 wrong ones.
    /// </summary>
    /// <param name="skipWords">Whether a sentence without a complete linkage is parsed again skipping words (the slow part
    /// of a failed parse); a clause read on its own is not worth it.</param>
    public Parse? Parse(string sentence, bool skipWords = true)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (sentence.Length == 0 || sentence.Length > _options.MaxSentenceLength) return null;
        var options = Rent();
        var s = sentence_create(sentence, _dictionary);
        try
        {
            if (s == IntPtr.Zero || sentence_split(s, options) < 0) return null;
            var length = sentence_length(s);
            if (length > _options.MaxWords) return null;
            parse_options_set_min_null_count(options, 0);
            parse_options_set_max_null_count(options, 0);
            var found = sentence_parse(s, options);
            var nulls = 0;
            if (skipWords && (found <= 0 || sentence_num_valid_linkages(s) <= 0) && length <= _options.MaxWordsToSkip)
            {
                // No complete linkage: let the parser skip words, as few as it can.
                parse_options_reset_resources(options);
                parse_options_set_min_null_count(options, 1);
                parse_options_set_max_null_count(options, Math.Min(sentence_length(s), _options.MaxSkippedWords));
                found = sentence_parse(s, options);
                nulls = 1;
            }
            return found > 0 ? Read(s, options, nulls) : null;
        }
        finally
        {
            if (s != IntPtr.Zero) sentence_delete(s);
            Return(options);
        }
    }

    static Parse? Read(IntPtr sentence, IntPtr options, int nulls)
    {
        var linkage = linkage_create(0, sentence, options);
        if (linkage == IntPtr.Zero) return null;
        try
        {
            var words = new ParseWord[linkage_get_num_words(linkage)];
            for (var w = 0; w < words.Length; w++)
                words[w] = new ParseWord(Marshal.PtrToStringUTF8(linkage_get_word(linkage, w)) ?? "",
                    linkage_get_word_char_start(linkage, w), linkage_get_word_char_end(linkage, w));
            var links = new ParseLink[linkage_get_num_links(linkage)];
            for (var k = 0; k < links.Length; k++)
                links[k] = new ParseLink(Marshal.PtrToStringUTF8(linkage_get_link_label(linkage, k)) ?? "",
                    linkage_get_link_lword(linkage, k), linkage_get_link_rword(linkage, k));
            return new Parse(words, links, nulls);
        }
        finally
        {
            linkage_delete(linkage);
        }
    }

    IntPtr Rent()
    {
        lock (_gate)
        {
            if (_idle.Count > 0) return _idle.Pop();
            var options = parse_options_create();
            parse_options_set_verbosity(options, 0);
            parse_options_set_linkage_limit(options, _options.LinkageLimit);
            parse_options_set_max_parse_time(options, _options.TimeoutSeconds);
            parse_options_set_islands_ok(options, 0);
            parse_options_set_short_length(options, _options.ShortLength);
            parse_options_set_spell_guess(options, 0);
            // The same sentence gets the same parse in every run, so extraction is repeatable.
            parse_options_set_repeatable_rand(options, 1);
            _all.Add(options);
            return options;
        }
    }

    void Return(IntPtr options)
    {
        parse_options_reset_resources(options);
        lock (_gate) _idle.Push(options);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            foreach (var o in _all) parse_options_delete(o);
            dictionary_delete(_dictionary);
        }
    }
}
