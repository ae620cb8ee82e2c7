using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using FactionGraph.Api.GraphQL;
using FactionGraph.Ingestion;
using FactionGraph.Storage;
using Microsoft.Extensions.Configuration;

namespace FactionGraph.Api.Tests;

/// <summary>
/// README's settings table names every setting the code binds, with the default it really has, and no setting of a
/// bound section that the code does not have. The settings are found by reflection: every class with a public const
/// <c>Section</c> in the service's assemblies is an options class, so a new option or options class is checked at once.
/// </summary>
public sealed partial class SettingsTableTests
{
    static readonly Assembly[] ServiceAssemblies =
        [typeof(Program).Assembly, typeof(IngestionOptions).Assembly, typeof(StorageOptions).Assembly, typeof(Worker.WorkerHost).Assembly];

    const string None = "*(none)*";

    [Fact]
    public void Every_bound_setting_is_in_the_readme_with_its_default()
    {
        var bound = BoundSettings();
        Assert.Contains("GraphQL__ResultCacheSeconds", bound.Keys); // the reflection found the options classes at all
        Assert.Contains("Ingestion__QueueCapacity", bound.Keys);
        var table = ReadmeTable();

        var sections = bound.Keys.Select(k => k[..k.IndexOf("__", StringComparison.Ordinal)]).ToHashSet();
        string[] problems =
        [
            .. bound.Keys.Where(name => !table.ContainsKey(name)).Select(name => $"{name}: bound by the code, missing from README's table"),
            .. bound.Where(b => table.TryGetValue(b.Key, out var written) && written != b.Value).Select(b => $"{b.Key}: README says {table[b.Key]}, the code {b.Value}"),
            .. table.Keys.Where(name => name.Contains("__") && sections.Contains(name[..name.IndexOf("__", StringComparison.Ordinal)]) && !bound.ContainsKey(name))
                .Select(name => $"{name}: in README's table, but its section's options class has no such property"),
        ];
        Assert.True(problems.Length == 0, "README's settings table and the code disagree:\n" + string.Join("\n", problems));
    }

    /// <summary>Section__Property → its default as README writes it: the class's value after the API's appsettings.json.</summary>
    static Dictionary<string, string> BoundSettings()
    {
        var appsettings = new ConfigurationBuilder().AddJsonFile(RepoFiles.PathOf("src", "FactionGraph.Api", "appsettings.json")).Build();
        var settings = new Dictionary<string, string>();
        foreach (var type in ServiceAssemblies.SelectMany(a => a.GetExportedTypes()).Where(t => t.IsClass && !t.IsAbstract))
        {
            if (type.GetField("Section", BindingFlags.Public | BindingFlags.Static) is not { IsLiteral: true } field) continue;
            var section = (string)field.GetValue(null)!;
            var options = Activator.CreateInstance(type)!;
            appsettings.GetSection(section).Bind(options);
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.CanWrite))
                settings[$"{section}__{property.Name}"] = Written(property.GetValue(options));
        }
        return settings;
    }

    static string Written(object? value) => value switch
    {
        null => None,
        string s => s.Length == 0 ? None : s,
        IEnumerable e when !e.Cast<object>().Any() => None,
        bool b => b ? "true" : "false",
        TimeSpan t => t.ToString("c", CultureInfo.InvariantCulture),
        Uri u => u.OriginalString,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? None,
    };

    /// <summary>
    /// The rows of README's Configuration table: each name in the first cell (`A` / `B` pairs with the defaults
    /// `1` / `2`; numbered list entries such as `Auth__ApiKeys__0` name the list) → the default cell's value.
    /// </summary>
    static Dictionary<string, string> ReadmeTable()
    {
        var readme = File.ReadAllText(RepoFiles.PathOf("README.md"));
        var start = readme.IndexOf("\n## Configuration", StringComparison.Ordinal);
        Assert.True(start >= 0, "README has no Configuration section.");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var table = new Dictionary<string, string>();
        foreach (var line in readme[start..(end < 0 ? readme.Length : end)].Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            var cells = line.Split('|');
            var names = Code().Matches(cells[1]).Select(m => ListIndex().Replace(m.Groups[1].Value, "")).Distinct().ToList();
            var defaultCell = cells[2].Trim();
            var defaults = defaultCell.StartsWith(None, StringComparison.Ordinal) ? [None] : Code().Matches(defaultCell).Select(m => m.Groups[1].Value).ToList();
            for (var i = 0; i < names.Count; i++)
                table[names[i]] = defaults.Count == names.Count ? defaults[i] : defaults.Count == 1 ? defaults[0] : defaultCell;
        }
        return table;
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Code();

    [GeneratedRegex(@"__\d+$")]
    private static partial Regex ListIndex();
}
