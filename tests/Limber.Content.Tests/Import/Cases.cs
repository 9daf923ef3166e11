using Limber.Content.Import.Scoring;
using Limber.Testing;

namespace Limber.Content.Tests.Import;

/// <summary>The importer's test articles: the five seeds (read in place) and our own articles, each with its expected records.</summary>
internal static class Cases
{
    public static string Folder => Path.Combine(Repo.Root, "tests", "Limber.Content.Tests", "Import", "Cases");

    public static IReadOnlyList<ExpectedArticle> All { get; } = ExpectedFile.ReadFolder(Folder);

    public static TheoryData<string> Names { get; } = [.. All.Select(a => Path.GetFileName(a.File))];

    public static ExpectedArticle Named(string file) => All.Single(a => Path.GetFileName(a.File) == file);
}
