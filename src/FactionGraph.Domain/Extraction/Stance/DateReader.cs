using System.Globalization;
using System.Text.RegularExpressions;

namespace FactionGraph.Extraction;

/// <summary>
/// The date a sentence gives for its claim, as YYYY-MM-DD: a full date as written; month and year → the 1st;
/// a year alone → 1 January; a day and month without a year take the publication year. Else the publication date.
/// </summary>
internal static partial class DateReader
{
    const string Month = @"(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    [GeneratedRegex(@"\b(?<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)\b|\b(?<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @"(?:,?\s+(?<year>(?:19|20)\d\d))?\b|\b" + Month + @"\s+(?<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?<year>(?:19|20)\d\d))?|\b" + Month + @",?\s+(?<year>(?:19|20)\d\d)\b|\b(?:in|since|until|by|of|from|early|late|mid-?|summer|winter|spring|autumn|fall)\s+(?<year>(?:19[5-9]|20[0-4])\d)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    public static string? Of(ReadOnlySpan<char> sentence, string? publishedAt)
    {
        // Every way of writing a date has a digit in it; most sentences have none, and are not worth a regex run.
        if (!HasDigit(sentence)) return publishedAt;
        var m = DatePattern().Match(sentence.ToString());
        if (!m.Success) return publishedAt;
        if (m.Groups["iso"].Success) return m.Groups["iso"].Value;
        var year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : YearOf(publishedAt);
        if (year is null) return publishedAt;
        var month = m.Groups["month"].Success ? MonthOf(m.Groups["month"].Value) : 1;
        var day = m.Groups["day"].Success ? int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture) : 1;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year.Value, month)) return publishedAt;
        return $"{year:D4}-{month:D2}-{day:D2}";
    }

    // char.IsDigit is exactly the regex's \d (Unicode decimal digits).
    static bool HasDigit(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (char.IsDigit(c)) return true;
        return false;
    }

    static int? YearOf(string? date) =>
        date is { Length: >= 4 } && int.TryParse(date.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;

    static int MonthOf(string name) => name.ToLowerInvariant()[..3] switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12, _ => 0,
    };
}
