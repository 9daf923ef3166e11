namespace Limber.Testing;

/// <summary>Paths of the repository under test and of the shared folder beside it (seeds, schema, data).</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Exercises => Path.Combine(Root, "content", "exercises");

    /// <summary>How many records the shipped catalog holds: the seven seed exercises and the imported dataset's.</summary>
    public static int CatalogSize => Directory.GetFiles(Exercises, "*.yaml").Length;

    /// <summary>True for the catalog's records from the seed articles (a seed file as source), not the imported dataset's.</summary>
    public static bool IsSeed(Limber.Exercises.Exercise exercise) => exercise.Source.File?.EndsWith(".txt", StringComparison.Ordinal) == true;

    public static string Seed(string prefix) =>
        Directory.EnumerateFiles(Path.Combine(Shared, "seeds"), $"{prefix}_*.txt").Single();

    public static string SeedText(string prefix) => File.ReadAllText(Seed(prefix));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Limber.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Limber.slnx not found above " + AppContext.BaseDirectory);
    }
}
