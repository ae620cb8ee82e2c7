using FactionGraph.Gazetteer;
using FactionGraph.Model;

namespace FactionGraph.Extraction.Tests;

/// <summary>
/// A sentence is parsed only when the parse could add a relation not read yet: a trigger whose frame needs a
/// preposition the sentence lacks states nothing, so the parser is not asked; with the preposition it is.
/// </summary>
public class ParseGateTests
{
    static readonly IReadOnlyList<GazetteerEntry> Placeholders =
    [
        new("xanar", "Xanar", FactionKind.Group, [], [], []),
        new("belmor", "Belmor", FactionKind.Group, [], [], []),
    ];

    static (string Trace, IReadOnlyList<ExtractedRelation> Relations) Read(string sentence)
    {
        var extractor = new FactionExtractor(Placeholders);
        var trace = new StringWriter();
        extractor.Trace = trace;
        var relations = extractor.Extract(sentence, "t", "2020-01-01").Relations;
        return (trace.ToString(), relations);
    }

    [Fact]
    public void A_frame_without_its_preposition_is_not_parsed()
    {
        // "consist" reads membership only through "of"; "in" gives it nothing to read.
        var (trace, relations) = Read("Belmor consists largely in Xanar.");
        Assert.Contains("not parsed", trace);
        Assert.Empty(relations);
    }

    [Fact]
    public void The_same_frame_with_its_preposition_is_parsed()
    {
        var (trace, relations) = Read("Belmor consists largely of Xanar.");
        Assert.DoesNotContain("not parsed", trace);
        Assert.Contains(relations, r => r.Type == RelationType.MemberOf && r.Source == "xanar" && r.Target == "belmor");
    }
}
