using System.CommandLine;
using Limber.Catalog;
using Limber.Cli.Sessions;
using Limber.Content.Files;
using Limber.Progress;
using Limber.Storage;
using Spectre.Console;

namespace Limber.Cli;

/// <summary>What every verb gets from the composition root: the console, stderr, the environment and the app's folder.</summary>
internal sealed class CliContext(
    IAnsiConsole console, TextWriter error, Func<string, string?> env, string appBase, TimeProvider? time = null, IKeyboard? keyboard = null)
{
    public IAnsiConsole Console { get; } = console;

    public TextWriter Error { get; } = error;

    public Func<string, string?> Env { get; } = env;

    /// <summary>All session timing goes through this; tests pass a fake.</summary>
    public TimeProvider Time { get; } = time ?? TimeProvider.System;

    public IKeyboard Keyboard { get; } = keyboard ?? new ConsoleKeyboard();

    /// <summary>The app's own folder: the catalog and the web app's files ship beside it.</summary>
    public string AppBase { get; } = appBase;

    /// <summary>Recursive, so every verb accepts it: <c>limber list --data-dir DIR</c>.</summary>
    public Option<string?> DataDirOption { get; } = new("--data-dir")
    {
        Description = "Folder for your data (default: $LIMBER_DATA_DIR, else ~/.local/share/limber)",
        Recursive = true,
    };

    /// <summary>Recursive: <c>--database</c> takes a SQLite file path or a PostgreSQL connection string.</summary>
    public Option<string?> DatabaseOption { get; } = new("--database")
    {
        Description = "Where your log is kept: a SQLite file, or a PostgreSQL connection string (default: $LIMBER_DATABASE, else limber.db in the data folder)",
        Recursive = true,
    };

    /// <summary>A stored moment in the user's own time zone, formatted with <paramref name="format"/>.</summary>
    public string Local(DateTimeOffset at, string format) =>
        at.ToOffset(Time.LocalTimeZone.GetUtcOffset(at)).ToString(format, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whose log this is: $LIMBER_USER, else the login name.</summary>
    public string User => Env("LIMBER_USER") is { Length: > 0 } user ? user : Env("USER") is { Length: > 0 } login ? login : "me";

    /// <summary>Opens the log; a database that cannot be opened is a one-line user error.</summary>
    public async Task<IProgressStore> OpenStoreAsync(ParseResult parse, CancellationToken cancel)
    {
        var database = parse.GetValue(DatabaseOption) ?? Env("LIMBER_DATABASE");
        try
        {
            return await ProgressStores.OpenAsync(database, Paths(parse).DataDirectory, User, cancel);
        }
        catch (StorageException e)
        {
            throw new UserError(e.Message);
        }
    }

    public LimberPaths Paths(ParseResult parse) => LimberPaths.Resolve(parse.GetValue(DataDirOption), Env, AppBase);

    /// <summary>Loads the catalog; files with problems are skipped with a one-line warning each, the rest still load.</summary>
    public ExerciseCatalog LoadCatalog(ParseResult parse)
    {
        var folder = Paths(parse).ExercisesDirectory;
        if (!Directory.Exists(folder))
        {
            throw new UserError($"no exercise catalog at {folder} (set LIMBER_CONTENT_DIR to the folder that holds exercises/)");
        }

        var load = CatalogFolder.Load(folder);
        foreach (var problem in load.Problems)
        {
            Error.WriteLine($"warning: {problem}");
        }

        if (!load.IsClean)
        {
            Error.WriteLine("warning: the files above were skipped; run 'limber validate' for details");
        }

        return load.Catalog;
    }
}
