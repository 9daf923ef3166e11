using Limber.Cli;
using Limber.Cli.Sessions;
using Spectre.Console;

namespace Limber.Tests.Cli;

/// <summary>Runs the CLI in-process with a console that records plain text, as when stdout is not a terminal.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args) => With(new Dictionary<string, string>(), args);

    public static CliRun With(IReadOnlyDictionary<string, string> env, params string[] args) =>
        WithAsync(env, time: null, keyboard: null, live: false, args).GetAwaiter().GetResult();

    /// <summary>With a fake clock and keys; <paramref name="live"/> makes the console a terminal, so the live view runs.</summary>
    public static Task<CliRun> WithAsync(IReadOnlyDictionary<string, string> env, TimeProvider? time, IKeyboard? keyboard, bool live, params string[] args) =>
        WithAsync(env, time, keyboard, live, CancellationToken.None, args);

    /// <summary>As above; <paramref name="interrupt"/> stands for Ctrl-C.</summary>
    public static async Task<CliRun> WithAsync(IReadOnlyDictionary<string, string> env, TimeProvider? time, IKeyboard? keyboard, bool live, CancellationToken interrupt, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
#pragma warning disable RS0030 // A recording console, made the way Program.cs makes the real one.
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = live ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = live ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = live ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
#pragma warning restore RS0030
        console.Profile.Width = 100;
        // Every run keeps its log in a folder of its own unless the test names one: tests never touch a real log.
        var data = env.ContainsKey("LIMBER_DATA_DIR") ? null : TempData.NewFolder();
        var context = new CliContext(console, error, name => name == "LIMBER_DATA_DIR" && data is not null ? data : env.GetValueOrDefault(name),
            AppContext.BaseDirectory, time, keyboard ?? new ScriptedKeyboard(TimeProvider.System));
        var exit = await LimberCli.RunAsync(args, context, interrupt);
        return new(exit, output.ToString(), error.ToString());
    }
}
