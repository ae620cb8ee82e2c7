using System.Text.Json;
using System.Text.RegularExpressions;
using FactionGraph.Storage.Neo4j;

namespace FactionGraph.Storage.Tests;

/// <summary>
/// Every statement in <see cref="Cypher"/>: written to a JSON file for tests/cypher-lint (Neo4j 5
/// linting), and checked here for the constructs that would break on Neo4j 3.1 or 5.
/// </summary>
public sealed partial class CypherStatementsTests
{
    /// <summary>Writes the statements to $CYPHER_DUMP (default: cypher-statements.json beside the tests).</summary>
    [Fact]
    public void Dump_every_statement_for_the_linter()
    {
        var file = Environment.GetEnvironmentVariable("CYPHER_DUMP") is { Length: > 0 } f ? f : Path.Combine(AppContext.BaseDirectory, "cypher-statements.json");
        // Parameters are listed so the linter can tell a declared $param from a typo.
        var statements = Cypher.All().Select(s => new
        {
            name = s.Name,
            text = s.Text,
            parameters = Parameter().Matches(s.Text).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal).ToArray(),
        }).ToList();
        File.WriteAllText(file, JsonSerializer.Serialize(statements, new JsonSerializerOptions { WriteIndented = true }));
        Assert.Equal(statements.Count, statements.Select(s => s.name).Distinct().Count());
        Assert.Contains(statements, s => s.name == "UpsertRelations[MEMBER_OF]");
    }

    [Fact]
    public void Statements_use_only_syntax_both_3_1_and_5_accept()
    {
        foreach (var (name, text) in Cypher.All())
        {
            Assert.False(OldParameter().IsMatch(text), $"{name}: {{param}} parameters are gone in Neo4j 4+");
            Assert.False(ExistsOnProperty().IsMatch(text), $"{name}: exists(prop) is gone in Neo4j 5");
            Assert.DoesNotContain("elementId", text);
            Assert.False(CallSubquery().IsMatch(text), $"{name}: CALL {{}} does not exist in 3.1");
            Assert.DoesNotContain("date(", text); // dates are ISO strings, not temporal values (3.1 has none)
        }
    }

    [GeneratedRegex(@"\$(\w+)")] private static partial Regex Parameter();
    [GeneratedRegex(@"(?<![\w:])\{\s*\w+\s*\}")] private static partial Regex OldParameter();
    [GeneratedRegex(@"exists\s*\(\s*\w+\.\w+\s*\)", RegexOptions.IgnoreCase)] private static partial Regex ExistsOnProperty();
    [GeneratedRegex(@"CALL\s*\{", RegexOptions.IgnoreCase)] private static partial Regex CallSubquery();
}
