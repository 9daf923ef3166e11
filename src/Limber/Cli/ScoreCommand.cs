using Limber.Content.Import;
using Limber.Content.Import.Scoring;
using Spectre.Console;

namespace Limber.Cli;

/// <summary><c>limber import --score DIR</c>: per-field accuracy against hand-written expected records; exit 1 below 95%.</summary>
internal static class ScoreCommand
{
    public const double Goal = 0.95;

    public static int Run(CliContext context, string folder)
    {
        ImportScore score;
        try
        {
            score = ImportScore.Measure(ExpectedFile.ReadFolder(folder));
        }
        catch (ImportException e)
        {
            throw new UserError(e.Message);
        }

        var table = new Table().AddColumn("field").AddColumn(new TableColumn("accuracy").RightAligned());
        foreach (var field in ImportScore.Fields)
        {
            var value = score.Accuracy[field];
            table.AddRow(field, value >= Goal ? $"{value:P1}" : $"[red]{value:P1}[/]");
        }

        context.Console.Write(table);
        foreach (var miss in score.Misses)
        {
            context.Console.Profile.Out.Writer.WriteLine($"  miss: {miss}");
        }

        context.Console.Profile.Out.Writer.WriteLine($"{score.Articles} articles, {score.Exercises} exercises; lowest field {score.Lowest:P1} (goal {Goal:P0})");
        return score.Lowest >= Goal ? 0 : 1;
    }
}
