using System.CommandLine;
using Limber.Catalog;
using Limber.Cli.Sessions;
using Limber.Content.Files;
using Limber.Exercises;
using Limber.Sessions;

namespace Limber.Cli;

/// <summary><c>limber session ID... | --routine ID</c>: a guided session in the terminal, or its timeline with --dry-run.</summary>
internal static class SessionCommand
{
    public static Command Create(CliContext context)
    {
        var ids = new Argument<string[]>("id") { Description = "Exercises to do, in order (see 'limber list')", Arity = ArgumentArity.ZeroOrMore };
        var routine = new Option<string?>("--routine") { Description = "Run a routine from content/routines instead, e.g. gentle-hip-and-low-back-release" };
        var plan = new Option<string?>("--plan") { Description = "Run a plan saved with 'limber plan ... --out FILE'" };
        var level = new Option<string?>("--level") { Description = "Your level: beginner takes the low end of each dose, others the middle" };
        var point = new Option<string?>("--point") { Description = "Which end of each dose range: low, middle or high (overrides --level)" };
        var tighter = new Option<string?>("--tighter") { Description = "The tighter side, left or right: it gets 25% more hold time, up to the top of the dose" };
        var pace = new Option<double?>("--pace") { Description = "Breaths a minute for holds counted in breaths (default: your settings, else 6)" };
        var rest = new Option<int>("--rest") { Description = "Seconds of rest between rounds", DefaultValueFactory = _ => SessionOptions.Default.RestSeconds };
        var voice = new Option<bool>("--voice") { Description = "Speak the cues (needs espeak-ng)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the timeline instead of running it" };
        var format = new Option<string>("--format") { Description = "With --dry-run: text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var rate = new Option<bool>("--rate") { Description = "Ask how each hold felt even when input is not a terminal" };
        var noRate = new Option<bool>("--no-rate") { Description = "Do not ask how each hold felt" };
        var measure = new Option<string?>("--measure") { Description = "After each rated hold, also ask for a range measure in this unit, e.g. cm (knee to floor)" };
        var resume = new Option<bool>("--resume") { Description = "Resume an unfinished session without asking" };
        var fresh = new Option<bool>("--fresh") { Description = "Start afresh: an unfinished session is closed as abandoned" };

        var command = new Command("session", "Guide a session: setup, timed holds per side, breathing and form cues, a summary at the end")
        {
            ids, routine, plan, level, point, tighter, pace, rest, voice, dryRun, format, rate, noRate, measure, resume, fresh,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var catalog = context.LoadCatalog(parse);
            var (idList, routineId, planPath) = (parse.GetValue(ids) ?? [], parse.GetValue(routine), parse.GetValue(plan));
            using var store = await context.OpenStoreAsync(parse, cancel);
            var unit = parse.GetValue(measure) is { } u && (u.Trim().Length == 0 || u.Length > 20) ? throw new UserError("--measure takes a short unit, such as cm or deg") : parse.GetValue(measure)?.Trim();
            var run = new SessionRun(context, catalog, store, context.Paths(parse).DataDirectory, parse.GetValue(voice), parse.GetValue(noRate) ? false : parse.GetValue(rate) ? true : null, unit);

            // 'limber session' alone picks up where an unfinished session stopped.
            if (idList.Length == 0 && routineId is null && planPath is null && !parse.GetValue(dryRun)
                && await store.UnfinishedAsync(cancel) is { } unfinished && SessionRecipe.Read(unfinished.Recipe, catalog) is { } recipe)
            {
                var again = new SessionRun.Request(unfinished.Source, recipe.Items, recipe.Options, Build(recipe.Items, recipe.Options), [], Resume: true, Fresh: false);
                return await run.PlayAsync(again, cancel);
            }

            var asked = Items(context, parse, catalog, idList, routineId, planPath);
            var settings = await store.SettingsAsync(cancel);
            var options = new SessionOptions(
                Point: Choice.Parse<DosePoint>(parse.GetValue(point), "dose point"),
                Level: Choice.Parse<Level>(parse.GetValue(level), "level") ?? settings.Level,
                TighterSide: Choice.Parse<Side>(parse.GetValue(tighter), "side") ?? settings.TighterSide,
                RestSeconds: parse.GetValue(rest),
                BreathsPerMinute: parse.GetValue(pace) ?? settings.BreathsPerMinute);
            var (items, changes) = await SessionRun.AdaptAsync(store, asked, cancel);
            var timeline = Build(items, options);

            if (parse.GetValue(dryRun))
            {
                if (parse.GetValue(format) == "json")
                {
                    context.Console.Profile.Out.Writer.Write(TimelineJson.Write(timeline));
                }
                else
                {
                    SessionRun.WriteChanges(context.Console.Profile.Out.Writer, changes, catalog);
                    TimelineText.Write(context.Console, timeline);
                }

                return 0;
            }

            var source = planPath is not null ? $"plan {planPath}" : routineId is not null ? $"routine {routineId}" : string.Join(" ", idList);
            return await run.PlayAsync(new SessionRun.Request(source, items, options, timeline, changes, parse.GetValue(resume), parse.GetValue(fresh)), cancel);
        });
        return command;
    }

    private static IReadOnlyList<SessionItem> Items(CliContext context, ParseResult parse, ExerciseCatalog catalog, string[] ids, string? routineId, string? planPath)
    {
        if ((ids.Length > 0 ? 1 : 0) + (routineId is null ? 0 : 1) + (planPath is null ? 0 : 1) > 1)
        {
            throw new UserError("give exercise ids, --routine or --plan, only one of them");
        }

        if (planPath is not null)
        {
            return FromPlan(catalog, planPath);
        }

        if (routineId is null)
        {
            return ids.Length == 0
                ? throw new UserError("name at least one exercise (see 'limber list') or a routine with --routine")
                : [.. ids.Select(id => new SessionItem(ShowCommand.Find(catalog, id)))];
        }

        var (routines, problems) = RoutineFolder.Load(Path.Combine(context.Paths(parse).ContentDirectory, "routines"), catalog);
        var own = problems.FirstOrDefault(p => Path.GetFileName(p.File) == $"{routineId}.yaml");
        if (own is not null)
        {
            throw new UserError($"the routine cannot run: {own}");
        }

        foreach (var problem in problems)
        {
            context.Error.WriteLine($"warning: {problem}");
        }

        var found = routines.FirstOrDefault(r => r.Id == routineId)
            ?? throw new UserError($"no routine '{routineId}' (choose one of: {string.Join(", ", routines.Select(r => r.Id))})");
        return Build(() => found.ToSessionItems(catalog));
    }

    /// <summary>The items of a plan saved by <c>limber plan --out</c>; a missing or broken file is a one-line user error.</summary>
    public static IReadOnlyList<SessionItem> FromPlan(ExerciseCatalog catalog, string path)
    {
        if (!File.Exists(path))
        {
            throw new UserError($"no plan file at {path} (save one with 'limber plan ... --out {path}')");
        }

        var (saved, problems) = PlanFile.Read(File.ReadAllText(path), path);
        if (saved is null)
        {
            throw new UserError($"the plan cannot run: {problems[0]}");
        }

        // Every dose is checked here, so each command that reads a plan (session, handout, remind) says what is wrong.
        return Build(() =>
        {
            var items = saved.ToSessionItems(catalog);
            TimelineBuilder.Build(items, SessionOptions.Default);
            return items;
        }, $"; make the plan again with 'limber plan ... --out {path}'");
    }

    public static Timeline Build(IReadOnlyList<SessionItem> items, SessionOptions options) => Build(() => TimelineBuilder.Build(items, options));

    private static T Build<T>(Func<T> build, string advice = "")
    {
        try
        {
            return build();
        }
        catch (InvalidSessionException e)
        {
            throw new UserError(e.Message + advice);
        }
    }
}
