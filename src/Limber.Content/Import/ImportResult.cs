namespace Limber.Content.Import;

/// <summary>The drafts an article gave (one per exercise it describes) and anything the reader should know.</summary>
public sealed record ImportResult(IReadOnlyList<ExerciseDraft> Drafts, IReadOnlyList<string> Warnings);
