using Limber.Cli;
using Spectre.Console;

// The composition root: the only place that touches the real console and environment.
var plain = Console.IsOutputRedirected;
var console = AnsiConsole.Create(new AnsiConsoleSettings
{
    Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
    ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
    Interactive = plain ? InteractionSupport.No : InteractionSupport.Detect,
    Out = new AnsiConsoleOutput(Console.Out),
});

return LimberCli.Run(args, new CliContext(console, Console.Error, Environment.GetEnvironmentVariable, AppContext.BaseDirectory));
