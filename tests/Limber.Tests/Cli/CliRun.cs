using Limber.Cli;
using Spectre.Console;

namespace Limber.Tests.Cli;

/// <summary>Runs the CLI in-process with a console that records plain text, as when stdout is not a terminal.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args) => With(new Dictionary<string, string>(), args);

    public static CliRun With(IReadOnlyDictionary<string, string> env, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
#pragma warning disable RS0030 // A recording console, made the way Program.cs makes the real one.
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
#pragma warning restore RS0030
        console.Profile.Width = 100;
        var exit = LimberCli.Run(args, new CliContext(console, error, name => env.GetValueOrDefault(name), AppContext.BaseDirectory));
        return new(exit, output.ToString(), error.ToString());
    }
}
