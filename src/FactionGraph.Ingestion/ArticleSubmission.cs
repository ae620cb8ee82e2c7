namespace FactionGraph.Ingestion;

/// <summary>An article as a client sends it, before validation.</summary>
public sealed record ArticleSubmission(string? Text, string? Title, string? Url, string? PublishedAt, string? Outlet);
