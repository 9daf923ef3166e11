using System.Globalization;
using Limber.Catalog;
using Limber.Content.Files;
using Limber.Exercises;
using Limber.Planning;
using Limber.Sessions;

namespace Limber.Bench;

/// <summary>
/// What a coach would check in every plan Limber makes from the shipped catalog, for every goal at 5, 10 and 20
/// minutes, with no props and with every prop: the share of the session spent in the stretch, the fewest seconds
/// a held stretch gets on a side, and the moves that should never be there. Prints a Markdown table for
/// bench/RESULTS.md.
/// </summary>
internal static class CoachingNumbers
{
    public static int Run(string content)
    {
        var catalog = new ExerciseCatalog(CatalogFolder.Load(Path.Combine(content, "exercises")).Catalog.Exercises);
        var goals = GoalFile.Load(content).Goals;
        var planner = new Planner(catalog);
        Console.WriteLine("| goal | minutes | props | exercises | stretching | least s/side (held) | partner | strength | rolling without roller | movements outside warm-up |");
        Console.WriteLine("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var goal in goals)
        {
            foreach (var minutes in new[] { 5, 10, 20 })
            {
                foreach (var (label, props) in new (string, IReadOnlySet<string>)[] { ("none", new HashSet<string>()), ("all", Props.Known.ToHashSet()) })
                {
                    Console.WriteLine(Row(planner, goal, minutes, label, props));
                }
            }
        }

        return 0;
    }

    private static string Row(Planner planner, Goal goal, int minutes, string label, IReadOnlySet<string> props)
    {
        Plan plan;
        try
        {
            plan = planner.Plan(new PlanRequest(goal, minutes, Equipment: props));
        }
        catch (PlanImpossibleException e)
        {
            return $"| {goal.Id} | {minutes} | {label} | no plan: {e.Message} | | | | | | |";
        }

        var timeline = TimelineBuilder.Build(plan.ToSessionItems(), SessionOptions.Default);
        var held = plan.Items.Where(i => i.Exercise.Kind == ExerciseKind.Static).ToList();
        var least = held.Count == 0 ? "-" : held.Min(i => timeline.LeastSecondsOnASide(i.Exercise.Id)).ToString(CultureInfo.InvariantCulture);
        var partner = plan.Items.Count(i => i.Exercise.Partner == true);
        var strength = plan.Items.Count(i => i.Exercise.Kind == ExerciseKind.Strength);
        var rolling = plan.Items.Count(i => i.Exercise.Kind == ExerciseKind.Rolling && !props.Contains("foam-roller"));
        var moving = goal.Id == "warm-up" ? 0 : plan.Items.Count(i => i.Exercise.Kind == ExerciseKind.Dynamic);
        return string.Create(CultureInfo.InvariantCulture,
            $"| {goal.Id} | {minutes} | {label} | {plan.Items.Count} | {timeline.WorkShare:P0} | {least} | {partner} | {strength} | {rolling} | {moving} |");
    }
}
