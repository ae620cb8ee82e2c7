using System.Runtime.InteropServices;

namespace FactionGraph.Extraction.Syntax;

/// <summary>
/// The C API of Debian's link-grammar parser (liblink-grammar.so.5, LGPL-2.1), called in place: only the calls that
/// parse one sentence and read its first linkage. Handles are plain pointers owned by <see cref="LinkParser"/>.
/// </summary>
internal static class LinkGrammarNative
{
    const string Library = "liblink-grammar.so.5";

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate void ErrorHandler(IntPtr error, IntPtr data);

    [DllImport(Library)] public static extern IntPtr lg_error_set_handler(ErrorHandler handler, IntPtr data);

    [DllImport(Library)] public static extern IntPtr dictionary_create_lang([MarshalAs(UnmanagedType.LPUTF8Str)] string lang);
    [DllImport(Library)] public static extern void dictionary_delete(IntPtr dictionary);

    [DllImport(Library)] public static extern IntPtr parse_options_create();
    [DllImport(Library)] public static extern int parse_options_delete(IntPtr options);
    [DllImport(Library)] public static extern void parse_options_set_verbosity(IntPtr options, int verbosity);
    [DllImport(Library)] public static extern void parse_options_set_linkage_limit(IntPtr options, int limit);
    [DllImport(Library)] public static extern void parse_options_set_max_parse_time(IntPtr options, int seconds);
    [DllImport(Library)] public static extern void parse_options_set_min_null_count(IntPtr options, int count);
    [DllImport(Library)] public static extern void parse_options_set_max_null_count(IntPtr options, int count);
    [DllImport(Library)] public static extern void parse_options_set_islands_ok(IntPtr options, int ok);
    [DllImport(Library)] public static extern void parse_options_set_short_length(IntPtr options, int length);
    [DllImport(Library)] public static extern void parse_options_set_spell_guess(IntPtr options, int guess);
    [DllImport(Library)] public static extern void parse_options_set_repeatable_rand(IntPtr options, int repeatable);
    [DllImport(Library)] public static extern void parse_options_reset_resources(IntPtr options);

    [DllImport(Library)] public static extern IntPtr sentence_create([MarshalAs(UnmanagedType.LPUTF8Str)] string input, IntPtr dictionary);
    [DllImport(Library)] public static extern void sentence_delete(IntPtr sentence);
    [DllImport(Library)] public static extern int sentence_split(IntPtr sentence, IntPtr options);
    [DllImport(Library)] public static extern int sentence_parse(IntPtr sentence, IntPtr options);
    [DllImport(Library)] public static extern int sentence_length(IntPtr sentence);
    [DllImport(Library)] public static extern int sentence_num_valid_linkages(IntPtr sentence);

    [DllImport(Library)] public static extern IntPtr linkage_create(int index, IntPtr sentence, IntPtr options);
    [DllImport(Library)] public static extern void linkage_delete(IntPtr linkage);
    [DllImport(Library)] public static extern int linkage_get_num_words(IntPtr linkage);
    [DllImport(Library)] public static extern int linkage_get_num_links(IntPtr linkage);
    [DllImport(Library)] public static extern IntPtr linkage_get_word(IntPtr linkage, int word);
    [DllImport(Library)] public static extern int linkage_get_word_char_start(IntPtr linkage, int word);
    [DllImport(Library)] public static extern int linkage_get_word_char_end(IntPtr linkage, int word);
    [DllImport(Library)] public static extern int linkage_get_link_lword(IntPtr linkage, int link);
    [DllImport(Library)] public static extern int linkage_get_link_rword(IntPtr linkage, int link);
    [DllImport(Library)] public static extern IntPtr linkage_get_link_label(IntPtr linkage, int link);
}
