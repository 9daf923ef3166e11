namespace Limber.Testing;

/// <summary>Paths of the repository under test and of the shared folder beside it (seeds, schema, data).</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Exercises => Path.Combine(Root, "content", "exercises");

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
