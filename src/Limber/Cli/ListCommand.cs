using System.CommandLine;
using Limber.Catalog;
using Limber.Exercises;
using Spectre.Console;

namespace Limber.Cli;

/// <summary><c>limber list</c>: the catalog as a table, narrowed by the filters given.</summary>
internal static class ListCommand
{
    public static Command Create(CliContext context)
    {
        var target = new Option<string?>("--target") { Description = "Only exercises that work this target, e.g. glutes, outer-hip, lower-back" };
        var position = new Option<string?>("--position") { Description = $"Only this position: {string.Join(", ", Words.All<Position>())}" };
        var equipment = new Option<string?>("--equipment") { Description = $"Only exercises using this prop: {string.Join(", ", Props.Known)}" };
        var level = new Option<string?>("--level") { Description = $"Only this level: {string.Join(", ", Words.All<Level>())}" };
        var use = new Option<string?>("--use") { Description = $"Only this use: {string.Join(", ", Words.All<UseCase>())}" };
        var command = new Command("list", "List the exercises in the catalog") { target, position, equipment, level, use };
        command.SetAction(parse =>
        {
            var targetWord = parse.GetValue(target);
            if (targetWord is not null && !Targets.IsKnown(targetWord))
            {
                throw new UserError($"unknown target '{targetWord}' (choose one of: {string.Join(", ", Targets.All.Select(t => t.Id))})");
            }

            var filter = new ExerciseFilter(
                targetWord,
                Choice.Parse<Position>(parse.GetValue(position), "position"),
                parse.GetValue(equipment),
                Choice.Parse<Level>(parse.GetValue(level), "level"),
                Choice.Parse<UseCase>(parse.GetValue(use), "use"));
            var exercises = context.LoadCatalog(parse).Where(filter).ToList();
            Render(context.Console, exercises);
            return 0;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, IReadOnlyList<Exercise> exercises)
    {
        if (exercises.Count == 0)
        {
            console.WriteLine("No exercise matches those filters.");
            return;
        }

        // Ids are what 'limber show' takes, so they never wrap; names only fit beside them on a wide terminal.
        var withNames = console.Profile.Width >= 120;
        var table = new Table().Border(TableBorder.Rounded).AddColumn(new TableColumn("Id").NoWrap());
        if (withNames)
        {
            table.AddColumn("Name");
        }

        table.AddColumns("Position", "Dose");
        foreach (var e in exercises)
        {
            var position = e.Position is { } p ? Words.Plain(p) : ""; // the source names none: nothing to say
            var dose = Markup.Escape(e.Dosage.DescribeBriefly());
            var id = Markup.Escape(e.Id.Value);
            table.AddRow(withNames ? [id, Markup.Escape(e.Name), position, dose] : [id, position, dose]);
        }

        console.Write(table);
        console.WriteLine($"{exercises.Count} exercise{(exercises.Count == 1 ? "" : "s")}");
    }
}
