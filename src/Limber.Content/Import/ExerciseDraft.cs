using Limber.Exercises;

namespace Limber.Content.Import;

/// <summary>
/// A record the importer made from an article, waiting for a person to review it: the fields it found, how sure
/// it is of each (0 to 1), and the article it read. Its wording is the article's; a reviewer rewrites it before
/// accepting it into the catalog.
/// </summary>
public sealed record ExerciseDraft(Exercise Exercise, IReadOnlyDictionary<string, double> Confidence, string Article);
