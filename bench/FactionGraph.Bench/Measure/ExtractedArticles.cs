using System.Text.Json;
using System.Text.Json.Serialization;
using FactionGraph.Model;
using FactionGraph.Storage;

namespace FactionGraph.Bench.Measure;

/// <summary>
/// The articles the embedded store was built from, as extracted (factions resolved), in the order
/// they were written: the Neo4j steps write exactly these, so both stores hold the same graph and
/// Neo4j's write rates leave extraction out.
/// </summary>
static class ExtractedArticles
{
    static string File(string storeFolder) => Path.Combine(storeFolder, "extracted.json");

    // A fingerprint has no public constructor (it is made from a text or parsed from its signature),
    // so it is written as its signature and read back through ArticleFingerprint.Parse.
    static readonly JsonSerializerOptions Json = new() { Converters = { new FingerprintAsSignature() } };

    public static void Write(string storeFolder, List<ExtractedArticle> articles) =>
        System.IO.File.WriteAllText(File(storeFolder), JsonSerializer.Serialize(articles, Json));

    public static List<ExtractedArticle> Read(string storeFolder) =>
        JsonSerializer.Deserialize<List<ExtractedArticle>>(System.IO.File.ReadAllText(File(storeFolder)), Json)
        ?? throw new InvalidDataException($"{File(storeFolder)} is empty.");

    sealed class FingerprintAsSignature : JsonConverter<ArticleFingerprint>
    {
        public override ArticleFingerprint? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            ArticleFingerprint.Parse(reader.GetString()) ?? throw new JsonException("Not an article fingerprint signature.");

        public override void Write(Utf8JsonWriter writer, ArticleFingerprint value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Signature);
    }
}
