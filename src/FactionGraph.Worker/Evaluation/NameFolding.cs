using System.Globalization;
using System.Text;

namespace FactionGraph.Worker.Evaluation;

/// <summary>
/// The real-text corpus's way of saying two spellings are one name (score.py's norm): diacritics dropped, lower case,
/// quotes and apostrophes removed, split on anything but a-z, 0-9 and Arabic letters, Arabic and English articles
/// dropped. "Jabhat al-Nusra", "Jabhat an-Nusra" and "jabhat nusra" fold alike. It must stay letter for letter what
/// score.py does, or the evaluate verb and score.py disagree.
/// </summary>
public static class NameFolding
{
    static readonly HashSet<string> Articles = new(["al", "ash", "as", "ad", "at", "an", "ar", "az", "el", "the", "adh", "ath", "ul"], StringComparer.Ordinal);

    public static string Fold(string? name)
    {
        var decomposed = (name ?? "").Normalize(NormalizationForm.FormKD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            // score.py drops what has a combining class; in Latin and Arabic script those are the non-spacing marks.
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                kept.Append(c);
        var lower = kept.ToString().ToLowerInvariant();
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in lower)
        {
            if (c is '\u2018' or '\u2019' or '\'' or '`' or '"') continue; // removed, not a break: "Hay'at" is "hayat"
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9' or >= '\u0600' and <= '\u06ff') { word.Append(c); continue; }
            Flush();
        }
        Flush();
        return string.Join(' ', words);

        void Flush()
        {
            if (word.Length > 0 && !Articles.Contains(word.ToString())) words.Add(word.ToString());
            word.Clear();
        }
    }
}
