namespace Limber.Exercises;

/// <summary>Where the facts of a record come from: the article's title and, for the seeds, its file name.</summary>
public sealed record SourceReference(string Title, string? Url = null, string? License = null, string? File = null);
