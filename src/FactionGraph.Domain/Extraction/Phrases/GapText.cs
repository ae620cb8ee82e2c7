using System.Text;

namespace FactionGraph.Extraction;

/// <summary>
/// The words between two mentions, folded so one pattern fits many spellings: lowercase, one space,
/// straight apostrophes, dashes used as commas turned into commas, quotation marks dropped.
/// </summary>
internal static class GapText
{
    public const int MaxLength = 160;

    public static string Normalize(ReadOnlySpan<char> raw)
    {
        var sb = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            switch (c)
            {
                case '’' or '‘' or '`' or '\'':
                    // keep only the possessive 's ("al-Qaeda's affiliate"); other apostrophes are quotes
                    if (i + 1 < raw.Length && raw[i + 1] is 's' && (i + 2 == raw.Length || !char.IsLetter(raw[i + 2]))) sb.Append('\'');
                    break;
                case '"' or '“' or '”' or '«' or '»':
                    break;
                case '—' or '–':
                    sb.Append(", ");
                    break;
                case '-' when (i > 0 && raw[i - 1] == ' ') || (i + 1 < raw.Length && raw[i + 1] == ' ' && i > 0):
                    sb.Append(", ");
                    break;
                case '\n' or '\r' or '\t' or '\u00A0':
                    sb.Append(' ');
                    break;
                default:
                    sb.Append(char.ToLowerInvariant(c));
                    break;
            }
        }
        return Collapse(sb.ToString());
    }

    static string Collapse(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c == ' ' && (sb.Length == 0 || sb[^1] == ' ')) continue;
            if (c == ',' && sb.Length > 0 && sb[^1] == ' ') sb.Length--;
            if (c == ',' && sb.Length > 0 && sb[^1] == ',') continue;
            sb.Append(c);
        }
        return sb.ToString().TrimEnd();
    }
}
