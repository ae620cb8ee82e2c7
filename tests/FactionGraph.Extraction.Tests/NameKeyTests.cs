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

    [Theory]
    [InlineData("Nusr\u0430 Front", "Nusra Front")] // Cyrillic а
    [InlineData("\u039Dusra Fr\u043Ent", "Nusra Front")] // Greek Ν, Cyrillic о
    [InlineData("\u0410hrar al-Sham", "Ahrar al-Sham")] // Cyrillic А
    [InlineData("Jaysh al-F\u03B1th", "Jaysh al-Fath")] // Greek α
    [InlineData("\uFF2E\uFF55\uFF53\uFF52\uFF41 Front", "Nusra Front")] // full-width letters (NFKC)
    public void Look_alikes_of_other_scripts_fold_onto_the_Latin_name(string lookAlike, string name) =>
        Assert.Equal(NameKey.Of(name), NameKey.Of(lookAlike));

    [Fact]
    public void A_name_wholly_in_another_script_keeps_its_letters() => Assert.Equal("\u0432\u0430\u0433\u043D\u0435\u0440", NameKey.Of("\u0412\u0430\u0433\u043D\u0435\u0440"));

    [Theory]
    [InlineData("A")]
    [InlineData("AA")]
    [InlineData("AAAA")]
    [InlineData("a-a a")]
    [InlineData("!!! ---")]
    public void Single_or_repeated_letters_have_no_key(string name) => Assert.Equal("", NameKey.Of(name));

    [Theory]
    [InlineData("Nusra\0Front", "CONTROL_CHARACTERS")]
    [InlineData("Nusra\nFront", "CONTROL_CHARACTERS")]
    [InlineData("AAAA", "NAME_TOO_VAGUE")]
    public void Names_breaking_a_rule_are_refused_naming_the_field(string name, string code)
    {
        var violation = InputRules.CheckName("alias", name);
        Assert.Equal(code, violation?.Code);
        Assert.Contains("`alias`", violation!.Message);
    }

    [Fact]
    public void A_lone_surrogate_is_not_text() => Assert.Equal("INVALID_TEXT", InputRules.CheckName("alias", "Nusra " + (char)0xD800)?.Code);

    [Fact]
    public void Over_long_fields_are_refused_with_their_name_and_limit() =>
        Assert.Equal("FIELD_TOO_LONG", InputRules.CheckText("title", new string('t', InputRules.MaxTitleLength + 1), InputRules.MaxTitleLength)?.Code);

    [Theory]
    [InlineData("javascript:alert(1)", "INVALID_URL")]
    [InlineData("file:///etc/passwd", "INVALID_URL")]
    [InlineData("data:text/html,<b>x</b>", "INVALID_URL")]
    [InlineData("/relative/path", "INVALID_URL")]
    [InlineData("https://example.org/a", null)]
    [InlineData("http://example.org/a", null)]
    public void Only_http_and_https_addresses_are_accepted(string url, string? code) => Assert.Equal(code, InputRules.CheckUrl("url", url)?.Code);
}
