using System.CommandLine;
using Limber.Cli.Sessions;
using Limber.Content.Files;
using Limber.Exercises;
using Limber.Planning;
using Limber.Sessions;
using Spectre.Console;

namespace Limber.Cli;

/// <summary><c>limber plan --goal G --minutes N</c>: a routine for a goal and a time budget, with a reason per exercise.</summary>
internal static class PlanCommand
{
    public static Command Create(CliContext context)
    {
        var goal = new Option<string?>("--goal") { Description = "What the routine is for (see --list-goals), e.g. lower-back, hips, after-sitting" };
        var minutes = new Option<int>("--minutes") { Description = $"Time budget in minutes, {PlanRequest.MinMinutes} to {PlanRequest.MaxMinutes}; the plan lands within 10%", DefaultValueFactory = _ => 10 };
        var level = new Option<string?>("--level") { Description = $"Your level ({string.Join(", ", Words.All<Level>())}): harder exercises are left out" };
        var avoid = new Option<string[]>("--avoid") { Description = $"Positions to leave out, comma-separated: {string.Join(", ", Words.All<Position>())}", AllowMultipleArgumentsPerToken = true };
        var equipment = new Option<string[]?>("--equipment") { Description = $"Props you have, comma-separated ({string.Join(", ", Props.Known)}), or none; exercises needing others are left out" };
        var exclude = new Option<string[]>("--exclude") { Description = "Exercise ids to leave out, comma-separated or repeated" };
        var seed = new Option<int?>("--seed") { Description = "Break ties among equally good exercises with this number, reproducibly" };
        var format = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var output = new Option<string?>("--out") { Description = "Also save the plan as JSON to this file, for 'limber session --plan FILE'" };
        var listGoals = new Option<bool>("--list-goals") { Description = "List the goals and what each weighs" };
        var partner = new Option<bool>("--partner") { Description = "Someone is there to help: partner-assisted stretches may be planned" };

        var command = new Command("plan", "Build a routine for a goal and a time budget")
        {
            goal, minutes, level, avoid, equipment, exclude, seed, format, output, listGoals, partner,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var goals = LoadGoals(context, parse);
            if (parse.GetValue(listGoals))
            {
                WriteGoals(context.Console, goals);
                return 0;
            }

            var goalId = parse.GetValue(goal) ?? throw new UserError($"name a goal with --goal (one of: {string.Join(", ", goals.Select(g => g.Id))})");
            var chosenGoal = goals.FirstOrDefault(g => g.Id == goalId)
                ?? throw new UserError($"unknown goal '{goalId}' (choose one of: {string.Join(", ", goals.Select(g => g.Id))})");
            var catalog = context.LoadCatalog(parse);
            var request = new PlanRequest(
                chosenGoal,
                parse.GetValue(minutes),
                Choice.Parse<Level>(parse.GetValue(level), "level"),
                Split(parse.GetValue(avoid)).Select(w => Choice.Parse<Position>(w, "position")!.Value).ToHashSet(),
                parse.GetValue(equipment) is { Length: > 0 } props ? PropsAtHand(Split(props)) : null,
                Split(parse.GetValue(exclude)).Select(id => ShowCommand.Find(catalog, id).Id).ToHashSet(),
                parse.GetValue(seed),
                Partner: parse.GetValue(partner));

            Plan plan;
            try
            {
                plan = new Planner(catalog).Plan(request);
            }
            catch (PlanImpossibleException e)
            {
                throw new UserError(e.Message);
            }

            if (parse.GetValue(output) is { } path)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                File.WriteAllText(path, PlanFile.Write(plan, request.Minutes));
                context.Error.WriteLine($"Saved the plan to {path}; run it with: limber session --plan {path}");
            }

            if (parse.GetValue(format) == "json")
            {
                context.Console.Profile.Out.Writer.Write(PlanFile.Write(plan, request.Minutes));
            }
            else
            {
                WritePlan(context.Console, plan, request);
                using var store = await context.OpenStoreAsync(parse, cancel);
                var (_, changes) = await SessionRun.AdaptAsync(store, plan.ToSessionItems(), cancel);
                SessionRun.WriteChanges(context.Console.Profile.Out.Writer, changes, catalog, " (applied when the session runs)");
            }

            return 0;
        });
        return command;
    }

    private static IReadOnlyList<Goal> LoadGoals(CliContext context, ParseResult parse)
    {
        var (goals, problems) = GoalFile.Load(context.Paths(parse).ContentDirectory);
        return problems.Count > 0 ? throw new UserError($"the goals cannot be read: {problems[0]}") : goals;
    }

    /// <summary>Comma-separated and repeated values alike: <c>--avoid prone,kneeling</c> or <c>--avoid prone --avoid kneeling</c>.</summary>
    private static IEnumerable<string> Split(IEnumerable<string>? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static HashSet<string> PropsAtHand(IEnumerable<string> words)
    {
        var props = words.Where(w => w != "none").ToHashSet();
        var unknown = props.Where(p => !Props.Known.Contains(p)).ToList();
        return unknown.Count > 0
            ? throw new UserError($"unknown prop '{unknown[0]}' (choose from: {string.Join(", ", Props.Known)})")
            : props;
    }

    private static void WriteGoals(IAnsiConsole console, IReadOnlyList<Goal> goals)
    {
        var output = console.Profile.Out.Writer;
        foreach (var g in goals)
        {
            output.WriteLine($"{g.Id,-18} {g.Name}: {g.Description}");
            var weights = g.Targets.Select(t => $"{Words.PlainTarget(t.Key)} {t.Value:0.#}").Concat(g.UseCases.Select(u => $"{Words.Plain(u.Key)} {u.Value:0.#}"));
            output.WriteLine($"{"",-18} weighs: {string.Join(", ", weights)}");
        }
    }

    private static void WritePlan(IAnsiConsole console, Plan plan, PlanRequest request)
    {
        var output = console.Profile.Out.Writer;
        var timeline = TimelineBuilder.Build(plan.ToSessionItems(), request.Options ?? SessionOptions.Default);
        var level = request.Level is { } l ? $" · {Words.Plain(l)}" : "";
        output.WriteLine($"{plan.Goal.Name} · {request.Minutes} minutes{level}");
        output.WriteLine(plan.Goal.Description);
        output.WriteLine();
        for (var i = 0; i < plan.Items.Count; i++)
        {
            var item = plan.Items[i];
            var seconds = timeline.Segments.Where(s => s.ExerciseId == item.Exercise.Id).Sum(s => s.Duration);
            var position = item.Exercise.Position is { } p ? $"{Words.Plain(p)} · " : ""; // the source names none: nothing to say
            output.WriteLine($"{i + 1,2}. {item.Exercise.Name} ({item.Exercise.Id})");
            output.WriteLine($"    {position}{item.DoseText} · {Clock.Format(seconds)}");
            output.WriteLine($"    why: {item.Reason}");
        }

        foreach (var note in plan.Notes)
        {
            output.WriteLine();
            output.WriteLine($"Note: {note}");
        }

        output.WriteLine();
        output.WriteLine($"Total {Clock.Format(plan.TotalSeconds)} of {request.Minutes} minutes asked · {timeline.WorkShare:P0} of it stretching · covers {plan.Coverage:P0} of the goal · {plan.PositionChanges} position change{(plan.PositionChanges == 1 ? "" : "s")}");
        output.WriteLine("Save it with --out plan.json, then run it with: limber session --plan plan.json");
    }
}
