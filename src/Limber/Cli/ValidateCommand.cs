using System.CommandLine;
using Limber.Content.Files;

namespace Limber.Cli;

/// <summary><c>limber validate [PATH]</c>: every problem in the content files, with file and line; exit 1 if any.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var path = new Argument<string?>("path") { Description = "A folder of exercise files or one file (default: the catalog in use)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("validate", "Check exercise files and list every problem with its file and line") { path };
        command.SetAction(parse =>
        {
            var target = parse.GetValue(path) ?? context.Paths(parse).ExercisesDirectory;
            var (count, drafts, problems) = Check(target);
            foreach (var problem in problems)
            {
                context.Console.Profile.Out.Writer.WriteLine(problem.ToString());
            }

            var summary = problems.Count == 0
                ? $"{count} exercise{(count == 1 ? "" : "s")} checked, no problems"
                : $"{problems.Count} problem{(problems.Count == 1 ? "" : "s")} found; {count} exercise{(count == 1 ? "" : "s")} loaded cleanly";
            context.Console.Profile.Out.Writer.WriteLine(summary);
            if (drafts > 0)
            {
                context.Console.Profile.Out.Writer.WriteLine($"{drafts} imported draft{(drafts == 1 ? "" : "s")} waiting for review (limber review ID), not in the catalog yet");
            }

            return problems.Count == 0 ? 0 : 1;
        });
        return command;
    }

    private static (int Count, int Drafts, IReadOnlyList<ContentProblem> Problems) Check(string target)
    {
        if (File.Exists(target))
        {
            var (exercise, draft, problems) = ExerciseFile.ReadMarked(File.ReadAllText(target), CatalogFolder.DisplayName(target));
            return (exercise is null || draft is not null ? 0 : 1, exercise is not null && draft is not null ? 1 : 0, problems);
        }

        if (!Directory.Exists(target))
        {
            throw new UserError($"no such file or folder: {target}");
        }

        var load = CatalogFolder.Load(target);
        return (load.Catalog.Count, load.Drafts.Count, load.Problems);
    }
}
