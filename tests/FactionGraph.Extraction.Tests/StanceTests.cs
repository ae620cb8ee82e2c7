using FactionGraph.Model;

namespace FactionGraph.Extraction.Tests;

public class StanceTests
{
    static Stance StanceOf(string text) => Assert.Single(Fixture.Extract(text).Relations).Evidence.Stance;

    [Theory]
    [InlineData("Liwa al-Haqq joined Jaysh al-Fath on Monday.", Stance.Asserted)]
    [InlineData("Liwa al-Haqq joined Jaysh al-Fath on Monday, according to activists.", Stance.Reported)]
    [InlineData("Liwa al-Haqq reportedly joined Jaysh al-Fath on Monday.", Stance.Reported)]
    [InlineData("Opposition sources said Liwa al-Haqq had joined Jaysh al-Fath.", Stance.Reported)]
    [InlineData("Liwa al-Haqq denied that it had joined Jaysh al-Fath.", Stance.Denied)]
    [InlineData("Liwa al-Haqq is not part of Jaysh al-Fath, its commander stressed.", Stance.Denied)]
    [InlineData("Ahrar al-Sham rejected reports that it had joined Hay'at Tahrir al-Sham.", Stance.Denied)]
    [InlineData("Liwa al-Haqq has joined Jaysh al-Fath, the alliance said on Thursday.", Stance.Reported)]
    [InlineData("Jaysh al-Islam accused Faylaq al-Rahman of storming its positions.", Stance.Reported)]
    [InlineData("Hay'at Tahrir al-Sham has repeatedly denied any organizational link to al Qaeda.", Stance.Denied)]
    [InlineData("Hay'at Tahrir al-Sham was not included in the National Front for Liberation.", Stance.Denied)]
    [InlineData("Faylaq al-Sham denied that it had fought alongside Hay'at Tahrir al-Sham.", Stance.Denied)]
    [InlineData("The Kachin Independence Army, which fought near the Three Brotherhood Alliance, is not formally part of it.", Stance.Denied)]
    public void Stance_follows_the_wording(string text, Stance stance) => Assert.Equal(stance, StanceOf(text));
}
