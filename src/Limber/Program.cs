using System.Runtime.InteropServices;
using Limber.Cli;
using Spectre.Console;

// The composition root: the only place that touches the real console and environment.
var plain = Console.IsOutputRedirected;
#pragma warning disable RS0030 // The composition root is where the real console is made.
var console = AnsiConsole.Create(new AnsiConsoleSettings
{
    Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
    ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
    Interactive = plain ? InteractionSupport.No : InteractionSupport.Detect,
    Out = new AnsiConsoleOutput(Console.Out),
});
#pragma warning restore RS0030

// Ctrl-C (and SIGTERM) cancel the running verb instead of killing the process, so a live session can restore the
// cursor and print what was done. A second Ctrl-C kills at once.
using var interrupted = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = !interrupted.IsCancellationRequested;
    interrupted.Cancel();
};
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    interrupted.Cancel();
});

return await LimberCli.RunAsync(args, new CliContext(console, Console.Error, Environment.GetEnvironmentVariable, AppContext.BaseDirectory), interrupted.Token);
