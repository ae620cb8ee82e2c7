namespace FactionGraph.Extraction.Tests;

public class SentenceSplitterTests
{
    static string[] Split(string text) => [.. SentenceSplitter.Split(text).Select(s => s.Of(text))];

    [Fact]
    public void Offsets_point_at_the_sentence_verbatim()
    {
        const string text = "  First sentence here.  Second one?\nThird!";
        var spans = SentenceSplitter.Split(text);
        Assert.Equal(["First sentence here.", "Second one?", "Third!"], spans.Select(s => text[s.Start..s.End]));
        Assert.Equal(2, spans[0].Start);
    }

    [Fact]
    public void Abbreviations_and_initials_do_not_end_a_sentence() =>
        Assert.Equal(["Gen. Salim Idris met U.S. officials in Jan. 2014 with Abu M. al-Golani absent.", "Then he left."],
            Split("Gen. Salim Idris met U.S. officials in Jan. 2014 with Abu M. al-Golani absent. Then he left."));

    [Fact]
    public void A_closing_quote_stays_with_its_sentence() =>
        Assert.Equal(["He said: \"We joined the alliance.\"", "Others disagreed."],
            Split("He said: \"We joined the alliance.\" Others disagreed."));

    [Fact]
    public void Decimals_and_hyphenated_abbreviations_do_not_split() =>
        Assert.Single(Split("The U.S.-led coalition spent 3.5 billion dollars."));

    [Fact]
    public void Headline_lines_are_sentences_of_their_own() =>
        Assert.Equal(["Rebels press Idlib offensive", "Activists say the city is surrounded."],
            Split("Rebels press Idlib offensive\nActivists say the city is surrounded."));
}
