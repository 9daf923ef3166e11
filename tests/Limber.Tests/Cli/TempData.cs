namespace Limber.Tests.Cli;

/// <summary>Data folders for CLI runs under one temporary root, removed when the test process exits.</summary>
internal static class TempData
{
    private static readonly string Root = CreateRoot();

    public static string NewFolder() => Directory.CreateDirectory(Path.Combine(Root, Guid.NewGuid().ToString("N"))).FullName;

    private static string CreateRoot()
    {
        var root = Directory.CreateTempSubdirectory("limber-cli-data-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A SQLite file still open at exit: the OS temp cleaner takes it.
            }
        };
        return root;
    }
}
