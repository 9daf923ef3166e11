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
    /// <summary>The shell's exit code for a program stopped by Ctrl-C (128 + SIGINT).</summary>
    private const int Interrupted = 130;

    public static Command Create(CliContext context)
    {
        var ids = new Argument<string[]>("id") { Description = "Exercises to do, in order (see 'limber list')", Arity = ArgumentArity.ZeroOrMore };
        var routine = new Option<string?>("--routine") { Description = "Run a routine from content/routines instead, e.g. gentle-hip-and-low-back-release" };
        var plan = new Option<string?>("--plan") { Description = "Run a plan saved with 'limber plan ... --out FILE'" };
        var level = new Option<string?>("--level") { Description = "Your level: beginner takes the low end of each dose, others the middle" };
        var point = new Option<string?>("--point") { Description = "Which end of each dose range: low, middle or high (overrides --level)" };
        var tighter = new Option<string?>("--tighter") { Description = "The tighter side, left or right: it gets 25% more hold time, up to the top of the dose" };
        var pace = new Option<double>("--pace") { Description = "Breaths a minute for holds counted in breaths", DefaultValueFactory = _ => SessionOptions.Default.BreathsPerMinute };
        var rest = new Option<int>("--rest") { Description = "Seconds of rest between rounds", DefaultValueFactory = _ => SessionOptions.Default.RestSeconds };
        var voice = new Option<bool>("--voice") { Description = "Speak the cues (needs espeak-ng)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the timeline instead of running it" };
        var format = new Option<string>("--format") { Description = "With --dry-run: text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");

        var command = new Command("session", "Guide a session: setup, timed holds per side, breathing and form cues, a summary at the end")
        {
            ids, routine, plan, level, point, tighter, pace, rest, voice, dryRun, format,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var catalog = context.LoadCatalog(parse);
            var items = Items(context, parse, catalog, parse.GetValue(ids) ?? [], parse.GetValue(routine), parse.GetValue(plan));
            var options = new SessionOptions(
                Point: Choice.Parse<DosePoint>(parse.GetValue(point), "dose point"),
                Level: Choice.Parse<Level>(parse.GetValue(level), "level"),
                TighterSide: Choice.Parse<Side>(parse.GetValue(tighter), "side"),
                RestSeconds: parse.GetValue(rest),
                BreathsPerMinute: parse.GetValue(pace));
            var timeline = Build(items, options);

            if (parse.GetValue(dryRun))
            {
                if (parse.GetValue(format) == "json")
                {
                    context.Console.Profile.Out.Writer.Write(TimelineJson.Write(timeline));
                }
                else
                {
                    TimelineText.Write(context.Console, timeline);
                }

                return 0;
            }

            return await Play(context, catalog, timeline, parse.GetValue(voice), cancel);
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

    private static IReadOnlyList<SessionItem> FromPlan(ExerciseCatalog catalog, string path)
    {
        if (!File.Exists(path))
        {
            throw new UserError($"no plan file at {path} (save one with 'limber plan ... --out {path}')");
        }

        var (saved, problems) = PlanFile.Read(File.ReadAllText(path), path);
        return saved is null ? throw new UserError($"the plan cannot run: {problems[0]}") : Build(() => saved.ToSessionItems(catalog));
    }

    private static Timeline Build(IReadOnlyList<SessionItem> items, SessionOptions options) => Build(() => TimelineBuilder.Build(items, options));

    private static T Build<T>(Func<T> build)
    {
        try
        {
            return build();
        }
        catch (InvalidSessionException e)
        {
            throw new UserError(e.Message);
        }
    }

    private static async Task<int> Play(CliContext context, ExerciseCatalog catalog, Timeline timeline, bool speak, CancellationToken cancel)
    {
        var output = context.Console.Profile.Out.Writer;
        IVoice? voice = null;
        if (speak)
        {
            voice = EspeakVoice.Find(context.Env, out var problem);
            if (problem is not null)
            {
                context.Error.WriteLine(problem);
            }
        }

        using (voice)
        {
            foreach (var note in timeline.Notes)
            {
                output.WriteLine($"Note: {note}");
            }

            var player = new TerminalPlayer(context.Console, catalog, new SessionClock(context.Time), context.Keyboard, voice);
            var outcome = await player.PlayAsync(timeline, cancel);
            SessionSummary.Write(context.Console, catalog, timeline, outcome);
            return cancel.IsCancellationRequested ? Interrupted : 0;
        }
    }
}
