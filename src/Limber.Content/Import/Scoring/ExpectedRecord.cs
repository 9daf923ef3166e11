using Limber.Exercises;

namespace Limber.Content.Import.Scoring;

/// <summary>
/// What a person reading an article expects the importer to find for one exercise: exact values for name,
/// position, sides and dose numbers, counts for the lists, sets for props and targets.
/// </summary>
public sealed record ExpectedRecord(
    string Name,
    IReadOnlyList<string> Aliases,
    Position? Position,
    Laterality Laterality,
    DoseRange? HoldSeconds,
    DoseRange? HoldBreaths,
    DoseRange? Reps,
    bool? PerSide,
    int? Sets,
    int Steps,
    int Mistakes,
    int Tips,
    int Faq,
    IReadOnlyList<string> Equipment,
    IReadOnlyList<string> Targets);

/// <summary>One article and the records it must yield, from a <c>*.expected.yaml</c> file.</summary>
public sealed record ExpectedArticle(string File, string Article, IReadOnlyList<ExpectedRecord> Exercises);
