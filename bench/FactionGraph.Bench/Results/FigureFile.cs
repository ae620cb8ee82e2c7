using System.Text.Json;

namespace FactionGraph.Bench.Results;

/// <summary>
/// Each measurement step writes its figures to its own JSON file in the work folder (wrk's Lua
/// script writes the same shape), and the report gathers them: steps stay independent processes.
/// </summary>
static class FigureFile
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void Write(string folder, string name, IReadOnlyList<Figure> figures)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name + ".json"), JsonSerializer.Serialize(figures, Json));
        foreach (var f in figures) Console.WriteLine($"  {f.Label,-58} {Format(f.Value),12} {f.Unit}");
    }

    public static List<Figure> ReadAll(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal)
            .SelectMany(file => JsonSerializer.Deserialize<List<Figure>>(File.ReadAllText(file), Json) ?? [])];

    public static string Format(double value) => value switch
    {
        >= 100 => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
        >= 10 => value.ToString("N1", System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture),
    };
}
