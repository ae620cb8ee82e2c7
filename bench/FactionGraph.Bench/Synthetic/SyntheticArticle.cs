using FactionGraph.Model;

namespace FactionGraph.Bench.Synthetic;

/// <summary>A generated article: its metadata (id from the text, as the service derives it) and its text.</summary>
sealed record SyntheticArticle(Article Article, string Text);
