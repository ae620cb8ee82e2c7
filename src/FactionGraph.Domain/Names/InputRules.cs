using System.Text;

namespace FactionGraph.Names;

/// <summary>A field a client sent that breaks an input rule; <see cref="Code"/> is stable, the message names the field.</summary>
public sealed record InputViolation(string Field, string Code, string Message);

/// <summary>
/// The rules for every short text a client sends (names, aliases, ids, titles, outlets, addresses), in one
/// place for every way in: HTTP, GraphQL, the inbox and the worker's verbs. Article bodies have their own
/// rules in the ingestion validator; these are for the fields that become names, labels and links.
/// </summary>
public static class InputRules
{
    public const int MaxNameLength = 200;
    public const int MaxIdLength = 200;
    public const int MaxTitleLength = 500;
    public const int MaxOutletLength = 200;
    public const int MaxUrlLength = 2_000;

    /// <summary>A one-line text: not over <paramref name="maxLength"/>, no control characters (NUL, line breaks, …), no lone surrogates.</summary>
    public static InputViolation? CheckText(string field, string? value, int maxLength)
    {
        if (value is null) return null;
        if (value.Length > maxLength)
            return new(field, "FIELD_TOO_LONG", $"`{field}` is {value.Length} characters; the limit is {maxLength}.");
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFFFD')
                return new(field, "CONTROL_CHARACTERS", $"`{field}` contains a control character (U+{(int)c:X4}).");
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c))
                return new(field, "INVALID_TEXT", $"`{field}` contains a lone surrogate (U+{(int)c:X4}), which is not text.");
        }
        return null;
    }

    /// <summary>A name or alias: a one-line text whose name key keeps enough letters to identify a faction.</summary>
    public static InputViolation? CheckName(string field, string? value) =>
        CheckText(field, value, MaxNameLength)
        ?? (value is not null && NameKey.Of(value).Length == 0
            ? new(field, "NAME_TOO_VAGUE", $"`{field}` '{value}' has too few letters to name a faction.")
            : null);

    /// <summary>An address: absolute http or https only (no javascript:, data:, file:).</summary>
    public static InputViolation? CheckUrl(string field, string? value)
    {
        if (CheckText(field, value, MaxUrlLength) is { } violation) return violation;
        if (value is null) return null;
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            return new(field, "INVALID_URL", $"`{field}` must be an http or https address.");
        return null;
    }

    /// <summary>The canonical form of a checked text: NFKC (full-width letters, ligatures and compatibility forms folded) and trimmed.</summary>
    public static string Normalize(string value) => value.Normalize(NormalizationForm.FormKC).Trim();
}
