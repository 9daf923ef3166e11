using System.CommandLine;
using Limber.Catalog;
using Limber.Exercises;

namespace Limber.Cli;

/// <summary><c>limber show ID</c>: everything the catalog knows about one exercise.</summary>
internal static class ShowCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "The exercise's id, e.g. hip-crossover-stretch (see 'limber list')" };
        var command = new Command("show", "Show one exercise in full: dose, steps, mistakes, tips, questions, safety, source") { id };
        command.SetAction(parse =>
        {
            var catalog = context.LoadCatalog(parse);
            ExerciseView.Render(context.Console, Find(catalog, parse.GetValue(id)!), catalog);
            return 0;
        });
        return command;
    }

    /// <summary>The exercise with that id, or a user error that suggests the closest ids.</summary>
    public static Exercise Find(ExerciseCatalog catalog, string id)
    {
        if (catalog.Find(id) is { } exercise)
        {
            return exercise;
        }

        var closest = catalog.Closest(id);
        var hint = closest.Count > 0 ? $"; did you mean {string.Join(", ", closest)}?" : "; see 'limber list'";
        throw new UserError($"no exercise with id '{id}'{hint}");
    }
}
