using System.CommandLine;
using Limber.Content.Export;
using Limber.Content.Import;

namespace Limber.Cli;

/// <summary>
/// <c>limber import FILE</c>: an exercise article (text or HTML) into draft records, printed as JSON or YAML, or
/// saved with <c>--save</c> as draft files for <c>limber review</c>. <c>--score DIR</c> measures the importer
/// against hand-written expected records instead.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string?>("file") { Description = "The article: plain text or an HTML page", Arity = ArgumentArity.ZeroOrOne };
        var format = new Option<string>("--format") { Description = "json or yaml", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "yaml");
        var save = new Option<bool>("--save") { Description = "Write each record as a draft file in the catalog folder, for 'limber review'" };
        var score = new Option<string?>("--score") { Description = "Score the importer against the expected records in this folder (*.expected.yaml)" };
        var command = new Command("import", "Turn an exercise article into draft records for review") { file, format, save, score };
        command.SetAction(parse =>
        {
            if (parse.GetValue(score) is { } truth)
            {
                return ScoreCommand.Run(context, truth);
            }

            var path = parse.GetValue(file) ?? throw new UserError("give an article file to import, or --score DIR");
            ImportResult result;
            try
            {
                result = ArticleImporter.ImportFile(path);
            }
            catch (ImportException e)
            {
                throw new UserError($"{path}: {e.Message}");
            }

            foreach (var warning in result.Warnings)
            {
                context.Error.WriteLine($"limber: {path}: {warning}");
            }

            if (parse.GetValue(save))
            {
                return Save(context, context.Paths(parse).ExercisesDirectory, result.Drafts);
            }

            var output = parse.GetValue(format) == "yaml"
                ? string.Join("", result.Drafts.Select(d => "---\n" + ExerciseYaml.Write(DraftJson.ToNode(d))))
                : DraftJson.Write(result.Drafts);
            context.Console.Profile.Out.Writer.Write(output);
            return 0;
        });
        return command;
    }

    private static int Save(CliContext context, string folder, IReadOnlyList<ExerciseDraft> drafts)
    {
        Directory.CreateDirectory(folder);
        var written = 0;
        foreach (var draft in drafts)
        {
            var target = Path.Combine(folder, draft.Exercise.Id + ".yaml");
            if (File.Exists(target))
            {
                context.Error.WriteLine($"limber: {target} exists; left it as it is (remove it to import {draft.Exercise.Name} again)");
                continue;
            }

            File.WriteAllText(target, ExerciseYaml.Write(DraftJson.ToNode(draft)));
            context.Console.Profile.Out.Writer.WriteLine($"Saved draft {draft.Exercise.Id} to {target}; check it with 'limber review {draft.Exercise.Id}'");
            written++;
        }

        return written == drafts.Count ? 0 : 1;
    }
}
