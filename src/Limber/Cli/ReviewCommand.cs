using System.CommandLine;
using System.Text.RegularExpressions;
using Limber.Content.Files;
using Limber.Content.Import;
using Limber.Exercises;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Limber.Cli;

/// <summary>
/// <c>limber review ID</c>: an imported draft beside the article it came from, field by field with the importer's
/// confidence; <c>--accept</c> takes the draft mark off so the record joins the catalog.
/// </summary>
internal static partial class ReviewCommand
{
    /// <summary>Fields under this confidence are flagged for a closer look.</summary>
    private const double Unsure = 0.6;

    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "The draft's id (the file name under the catalog folder, without .yaml)" };
        var accept = new Option<bool>("--accept") { Description = "Accept the draft into the catalog once it is checked and reworded" };
        var command = new Command("review", "Show an imported draft beside its article, or accept it into the catalog") { id, accept };
        command.SetAction(parse =>
        {
            var path = Path.Combine(context.Paths(parse).ExercisesDirectory, parse.GetValue(id) + ".yaml");
            if (!File.Exists(path))
            {
                throw new UserError($"no draft {parse.GetValue(id)} in {Path.GetDirectoryName(path)} (import one with 'limber import FILE --save')");
            }

            var text = File.ReadAllText(path);
            var (exercise, draft, problems) = ExerciseFile.ReadMarked(text, CatalogFolder.DisplayName(path));
            if (exercise is not null && draft is null)
            {
                throw new UserError($"{exercise.Id} is already in the catalog, not a draft (see 'limber show {exercise.Id}')");
            }

            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    context.Console.Profile.Out.Writer.WriteLine(problem.ToString());
                }

                throw new UserError($"fix the {problems.Count} problem{(problems.Count == 1 ? "" : "s")} above, then review again");
            }

            return parse.GetValue(accept) ? Accept(context, path, text, exercise!) : Show(context, exercise!, draft!);
        });
        return command;
    }

    private static int Show(CliContext context, Exercise draft, DraftMark mark)
    {
        var fields = new Table().Border(TableBorder.Rounded).AddColumn("field").AddColumn("draft").AddColumn(new TableColumn("sure").RightAligned());
        foreach (var (field, value) in Fields(draft))
        {
            var sure = mark.Confidence.TryGetValue(field, out var c) ? c : (double?)null;
            var flag = sure is < Unsure ? $"[yellow]{sure:0.0} check[/]" : sure is { } s ? $"{s:0.0}" : "";
            fields.AddRow(new Markup(field), new Markup(Markup.Escape(value)), new Markup(flag));
        }

        IRenderable article = mark.Article is { } file && File.Exists(file)
            ? new Panel(new Text(string.Join("\n", ArticleImporter.ReadableLines(ArticleText.Decode(File.ReadAllBytes(file)))))).Header(Markup.Escape(Path.GetFileName(file)))
            : new Markup($"[yellow]The article ({Markup.Escape(mark.Article ?? "not recorded")}) is not at hand; compare with the original page.[/]");
        context.Console.Write(new Rule($"[bold]Draft {draft.Id}[/]: {Markup.Escape(draft.Name)}").LeftJustified());
        if (context.Console.Profile.Width >= 140)
        {
            context.Console.Write(new Grid().AddColumn().AddColumn().AddRow(fields, article));
        }
        else
        {
            context.Console.Write(fields);
            context.Console.Write(article);
        }

        context.Console.MarkupLine("The wording is the article's: put it in your own words, fix what is wrong, then run [bold]limber review " + draft.Id + " --accept[/].");
        return 0;
    }

    private static int Accept(CliContext context, string path, string text, Exercise draft)
    {
        File.WriteAllText(path, DraftBlock().Replace(text, ""));
        context.Console.Profile.Out.Writer.WriteLine($"Accepted {draft.Id} into the catalog ({path}); see 'limber show {draft.Id}'");
        return 0;
    }

    private static IEnumerable<(string Field, string Value)> Fields(Exercise e)
    {
        yield return ("name", e.Aliases.Count > 0 ? $"{e.Name} (also {string.Join(", ", e.Aliases)})" : e.Name);
        yield return ("position", e.Position is { } p ? Words.Of(p) : "-");
        yield return ("laterality", Words.Of(e.Laterality));
        yield return ("kind", e.Kind is { } kind ? Words.Of(kind) : "-");
        yield return ("partner", e.Partner == true ? "yes" : "no");
        yield return ("dosage", e.Dosage.Describe());
        yield return ("equipment", List(e.Equipment));
        yield return ("targets", List(e.Targets));
        yield return ("steps", Numbered(e.Steps));
        yield return ("breathing", Numbered(e.Breathing));
        yield return ("mistakes", Numbered(e.Mistakes));
        yield return ("tips", Numbered(e.Tips));
        yield return ("faq", Numbered(e.Faq.Select(f => $"{f.Question} {f.Answer}").ToList()));
        yield return ("safety", Numbered(e.Safety));
        yield return ("modifications", Numbered(e.Modifications.Select(m => m.Description ?? m.Name).ToList()));
    }

    private static string List(IEnumerable<string> items) => items.Any() ? string.Join(", ", items) : "-";

    private static string Numbered(IReadOnlyList<string> items) =>
        items.Count == 0 ? "-" : string.Join("\n", items.Select((s, i) => $"{i + 1}. {s}"));

    /// <summary>The top-level <c>draft:</c> field and everything indented under it.</summary>
    [GeneratedRegex(@"^draft:.*\n(?:(?:[ \t]+.*|[ \t]*)(?:\n|$))*", RegexOptions.Multiline)]
    private static partial Regex DraftBlock();
}
