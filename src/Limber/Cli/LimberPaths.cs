namespace Limber.Cli;

/// <summary>Where Limber keeps the user's data and where it reads the catalog from.</summary>
internal sealed record LimberPaths(string DataDirectory, string ContentDirectory)
{
    public string ExercisesDirectory => Path.Combine(ContentDirectory, "exercises");

    /// <summary>
    /// Data: <c>--data-dir</c>, else <c>LIMBER_DATA_DIR</c>, else the XDG data home (<c>~/.local/share/limber</c>).
    /// Content: <c>LIMBER_CONTENT_DIR</c>, else the <c>content/</c> folder shipped beside the app.
    /// </summary>
    public static LimberPaths Resolve(string? dataDirOption, Func<string, string?> env, string appBase)
    {
        var xdg = NonEmpty(env("XDG_DATA_HOME"))
            ?? Path.Combine(NonEmpty(env("HOME")) ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        var data = NonEmpty(dataDirOption) ?? NonEmpty(env("LIMBER_DATA_DIR")) ?? Path.Combine(xdg, "limber");
        var content = NonEmpty(env("LIMBER_CONTENT_DIR")) ?? Path.Combine(appBase, "content");
        return new(Path.GetFullPath(data), Path.GetFullPath(content));
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
