namespace FactionGraph.Names;

/// <summary>
/// Strips the diacritics of transliteration (Taḥrīr, Shām, Ḥizb, Şam) letter by letter. Unicode decomposition
/// would do it, but the services run with invariant globalization, where normalization is not guaranteed.
/// </summary>
internal static class Latin
{
    const string From = "àáâãäåāăąḁèéêëēĕėęěẹìíîïĩīĭįıịòóôõöøōŏőọùúûüũūŭůűųụýÿŷỳçćĉċčďḍḏđğĝġģḡĥħḥḫẖĵķḳĺļľłḷñńņňṇŕŗřṛśŝşšṣţťṭṯŧẓźżžẑẕ";
    const string To = "aaaaaaaaaaeeeeeeeeeeiiiiiiiiiioooooooooouuuuuuuuuuuyyyycccccddddggggghhhhhjkklllllnnnnnrrrrssssstttttzzzzzz";

    static readonly Dictionary<char, char> Map = From.Zip(To).ToDictionary(p => p.First, p => p.Second);

    public static char Fold(char c) => c < 0xC0 ? c : Map.GetValueOrDefault(c, c);
}
