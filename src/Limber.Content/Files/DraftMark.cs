namespace Limber.Content.Files;

/// <summary>
/// The <c>draft</c> field of an imported record: the article it came from and the importer's confidence per field
/// (0 to 1). A record with one is checked but left out of the catalog until it is reviewed and accepted.
/// </summary>
public sealed record DraftMark(string? Article, IReadOnlyDictionary<string, double> Confidence);
