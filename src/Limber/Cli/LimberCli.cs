using System.CommandLine;

namespace Limber.Cli;

/// <summary>The <c>limber</c> command line. Exit codes: 0 ok, 1 user error (one line on stderr), 2 internal error.</summary>
internal static class LimberCli
{
    public static int Run(string[] args, CliContext context) => RunAsync(args, context).GetAwaiter().GetResult();

    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancel = default)
    {
        var root = new RootCommand("Limber: a mobility coach for tight hips and a stiff low back.");
        root.Options.Add(context.DataDirOption);
        root.Options.Add(context.DatabaseOption);
        root.Subcommands.Add(ListCommand.Create(context));
        root.Subcommands.Add(ShowCommand.Create(context));
        root.Subcommands.Add(SearchCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(ImportCommand.Create(context));
        root.Subcommands.Add(ReviewCommand.Create(context));
        root.Subcommands.Add(SessionCommand.Create(context));
        root.Subcommands.Add(PlanCommand.Create(context));
        root.Subcommands.Add(LogCommand.Create(context));
        root.Subcommands.Add(ProgressCommand.Create(context));
        root.Subcommands.Add(HistoryCommand.Create(context));
        root.Subcommands.Add(SettingsCommand.Create(context));
        root.Subcommands.Add(ServeCommand.Create(context));
        root.Subcommands.Add(ImportDatasetCommand.Create(context));
        root.Subcommands.Add(ImportRecordsCommand.Create(context));
        root.Subcommands.Add(RemindCommand.Create(context));
        root.Subcommands.Add(HandoutCommand.Create(context));

        try
        {
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration
            {
                Output = context.Console.Profile.Out.Writer,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null, // Program.cs turns Ctrl-C into this token; verbs finish cleanly.
            }, cancel).ConfigureAwait(false);
        }
        catch (UserError e)
        {
            context.Error.WriteLine($"limber: {e.Message}");
            return 1;
        }
        catch (Limber.Progress.StorageException e)
        {
            context.Error.WriteLine($"limber: {e.Message}");
            return 1;
        }
#pragma warning disable CA1031 // The one place every unexpected failure becomes exit code 2 and a short message, not a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            context.Error.WriteLine($"limber: internal error: {e.Message} (please report it with the command you ran)");
            return 2;
        }
    }
}
