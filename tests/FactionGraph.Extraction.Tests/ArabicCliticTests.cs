using FactionGraph.Names;

namespace FactionGraph.Extraction.Tests;

/// <summary>Arabic joins "and", "so", "with", "for" to the next word; a name written that way is still the name.</summary>
public class ArabicCliticTests
{
    [Theory]
    [InlineData("اجتمع قادة الفصائل في الشمال وفيلق الشام حاضر في الاجتماع.", "faylaq-al-sham")]
    [InlineData("هاجمت القوات المواقع ثم انسحبت وجند الأقصى في المنطقة.", "jund-al-aqsa")]
    [InlineData("التحق مقاتلون جدد بجيش الفتح في الربيع.", "jaysh-al-fath")]
    [InlineData("قدمت الفصائل دعما لجيش الفتح خلال المعركة.", "jaysh-al-fath")]
    [InlineData("قال القائد فجبهة النصرة لم تعد موجودة.", "jabhat-al-nusra")]
    [InlineData("انضمت مجموعة جديدة ولفيلق الشام دور في ذلك.", "faylaq-al-sham")]
    [InlineData("اتفقت القيادة مع فيلق الشام على الهدنة.", "faylaq-al-sham")]
    public void A_name_behind_a_joined_conjunction_or_preposition_resolves_like_the_bare_name(string text, string id)
    {
        Assert.Contains(Fixture.Extract(text).Entities, e => e.Id == id);
    }

    [Fact]
    public void A_name_that_itself_starts_with_a_clitic_letter_is_not_cut()
    {
        // لواء begins with ل and فتح with ف: a known word is read whole, before any clitic is considered.
        Assert.Contains(Fixture.Extract("وصلت تعزيزات لواء القدس إلى المدينة.").Entities, e => e.Id == "liwa-al-quds");
        Assert.Contains(Fixture.Extract("وصلت تعزيزات ولواء القدس إلى المدينة.").Entities, e => e.Id == "liwa-al-quds");
    }

    [Fact]
    public void A_word_of_a_name_behind_a_clitic_is_no_faction_on_its_own()
    {
        // "بالشام" is "in al-Sham", a place; "وفيلق" alone is "and a legion".
        var entities = Fixture.Extract("عاد المقاتلون بالشام إلى بيوتهم وفيلق من المتطوعين معهم.").Entities;
        Assert.Empty(entities);
    }

    [Fact]
    public void Readings_take_off_one_or_two_clitic_letters_and_restore_the_article_after_lam()
    {
        Assert.Contains(("فيلق", 1), ArabicClitics.Readings("وفيلق"));
        Assert.Contains(("جيش", 2), ArabicClitics.Readings("وبجيش"));
        Assert.Contains(("الجيش", 1), ArabicClitics.Readings("للجيش"));
        Assert.Contains(("الجيش", 2), ArabicClitics.Readings("وللجيش"));
        Assert.Empty(ArabicClitics.Readings("Fawj"));
        Assert.Empty(ArabicClitics.Readings("وم"));
    }
}
