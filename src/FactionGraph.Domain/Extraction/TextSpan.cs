namespace FactionGraph.Extraction;

/// <summary>A half-open character range [Start, End) of an article's text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public string Of(string text) => text[Start..End];
}
