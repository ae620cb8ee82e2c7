using FactionGraph.Names;

namespace FactionGraph.Extraction.Tests;

public class NameKeyTests
{
    [Theory]
    [InlineData("Jaysh al-Fath", "Jaish al-Fatah")]
    [InlineData("Jaysh al-Fath", "JEISH AL FATH")]
    [InlineData("Jabhat al-Nusra", "Jebhat al-Nusrah")]
    [InlineData("Jabhat al-Nusra", "Jabha an-Nusra")]
    [InlineData("Ahrar al-Sham", "Ahrar ash-Shaam")]
    [InlineData("Suqour al-Sham", "Suqour Ash-Sham")]
    [InlineData("Hay'at Tahrir al-Sham", "Hayat Tahrir al Sham")]
    [InlineData("Hay’at Taḥrīr al-Shām", "hayat tahrir al-sham")]
    [InlineData("Jabhat Fateh al-Sham", "Jabhat Fatah al-Sham")]
    [InlineData("\"Jaysh al-Islam\"", "jaysh-al-islam")]
    [InlineData("Ajnad ad-Sham", "Ajnad el-Sham")]
    [InlineData("Iran's Revolutionary Guards", "Iran Revolutionary Guards")]
    public void Spellings_of_one_name_share_a_key(string a, string b) => Assert.Equal(NameKey.Of(a), NameKey.Of(b));

    [Theory]
    [InlineData("Jaysh al-Fath", "Jaysh al-Islam")]
    [InlineData("Jabhat al-Nusra", "Jabhat Fateh al-Sham")]
    [InlineData("Ahrar al-Sham", "Ahrar al-Sharqiya")]
    [InlineData("Jund al-Aqsa", "Liwa al-Aqsa")]
    [InlineData("111th Brigade", "11th Brigade")]
    public void Different_groups_keep_different_keys(string a, string b) => Assert.NotEqual(NameKey.Of(a), NameKey.Of(b));

    [Fact]
    public void Keys_are_lowercase_words_without_articles() => Assert.Equal("liwa shuhada yarmuk", NameKey.Of("Liwa Shuhada al-Yarmouk"));
}
