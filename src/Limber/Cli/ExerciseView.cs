using Limber.Catalog;
using Limber.Exercises;
using Spectre.Console;

namespace Limber.Cli;

/// <summary>An exercise laid out for a terminal, top to bottom like a good article.</summary>
internal static class ExerciseView
{
    /// <param name="catalog">Names the related exercises; their ids follow, since 'limber show' takes those.</param>
    public static void Render(IAnsiConsole console, Exercise e, ExerciseCatalog catalog)
    {
        var title = e.Aliases.Count > 0 ? $"{e.Name} ({string.Join(", ", e.Aliases)})" : e.Name;
        console.Write(new Rule($"[bold]{Markup.Escape(title)}[/]").LeftJustified());
        if (e.Summary is not null)
        {
            console.MarkupLine(Markup.Escape(e.Summary));
        }

        console.WriteLine();
        Facts(console, e);
        Numbered(console, "Steps", e.Steps);
        Bullets(console, "Breathing", e.Breathing);
        Bullets(console, "Mistakes to avoid", e.Mistakes);
        Bullets(console, "Tips", e.Tips);
        Faq(console, e.Faq);
        Safety(console, StopSigns.For(e));
        Bullets(console, "Modifications", e.Modifications.Select(m =>
            $"{m.Name}{(m.Kind is { } k ? $" ({Words.Plain(k)})" : "")}{(m.Description is null ? "" : $": {m.Description}")}").ToList());
        Bullets(console, "Benefits", e.Benefits);
        if (e.Related.All.Any())
        {
            string Named(ExerciseId id) => catalog.Find(id) is { } related ? $"{related.Name} ({id})" : id.Value;
            Bullets(console, "Related", [.. e.Related.Variations.Select(v => $"variation: {Named(v)}"), .. e.Related.Alternatives.Select(a => $"alternative: {Named(a)}")]);
        }

        console.MarkupLine($"[dim]Source: {Markup.Escape(SourceLine(e.Source))}[/]");
    }

    /// <summary>
    /// The article's title, its address when it is a web one, and the licence. The seed file's name is left out:
    /// it is how the catalog finds the article, not something a reader can look up.
    /// </summary>
    private static string SourceLine(SourceReference source) =>
        $"{source.Title}{(source.WebUrl is { } url ? $" ({url})" : "")}{(source.License is { } license ? $", licence: {license}" : "")}";

    private static void Facts(IAnsiConsole console, Exercise e)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        foreach (var (label, value) in ExerciseFacts.Of(e))
        {
            grid.AddRow(new Markup($"[bold]{label}[/]"), new Markup(Markup.Escape(value)));
        }

        console.Write(grid);
    }

    private static void Heading(IAnsiConsole console, string heading)
    {
        console.WriteLine();
        console.MarkupLine($"[bold underline]{Markup.Escape(heading)}[/]");
    }

    private static void Numbered(IAnsiConsole console, string heading, IReadOnlyList<string> items)
    {
        Heading(console, heading);
        Hanging(console, items.Select((item, i) => ($"{i + 1}.", item)));
    }

    /// <summary>A marker column and a text column, so wrapped lines stay indented under their text.</summary>
    private static void Hanging(IAnsiConsole console, IEnumerable<(string Marker, string Text)> rows)
    {
        var grid = new Grid()
            .AddColumn(new GridColumn().NoWrap().RightAligned().PadLeft(2).PadRight(1))
            .AddColumn();
        foreach (var (marker, text) in rows)
        {
            grid.AddRow(new Text(marker), new Markup(Markup.Escape(text)));
        }

        console.Write(grid);
    }

    private static void Bullets(IAnsiConsole console, string heading, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        Heading(console, heading);
        Hanging(console, items.Select(item => ("-", item)));
    }

    private static void Faq(IAnsiConsole console, IReadOnlyList<FaqEntry> faq)
    {
        if (faq.Count == 0)
        {
            return;
        }

        Heading(console, "Questions");
        foreach (var entry in faq)
        {
            console.Write(new Padder(new Markup($"[bold]Q: {Markup.Escape(entry.Question)}[/]\nA: {Markup.Escape(entry.Answer)}"), new Padding(2, 0, 0, 0)));
        }
    }

    private static void Safety(IAnsiConsole console, IReadOnlyList<string> safety)
    {
        console.WriteLine();
        var signs = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(1)).AddColumn();
        foreach (var sign in safety)
        {
            signs.AddRow(new Markup("[bold yellow]![/]"), new Markup(Markup.Escape(sign)));
        }

        console.Write(new Panel(signs)
            .Header("[bold yellow] Safety: stop signs [/]")
            .BorderColor(Color.Yellow)
            .Border(BoxBorder.Heavy)
            .Expand());
    }
}
