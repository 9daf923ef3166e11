using System.Text.Json.Nodes;
using Limber.Catalog;
using Limber.Content.Export;
using Limber.Cli.Sessions;
using Limber.Progress;
using Limber.Sessions;

namespace Limber.Cli;

/// <summary>
/// One session played with its log: offers to resume an unfinished one, applies what the log says, records each
/// hold as it completes, and closes the session as finished or abandoned (Ctrl-C leaves it resumable).
/// </summary>
internal sealed class SessionRun(CliContext context, ExerciseCatalog catalog, IProgressStore store, string dataDirectory, bool speak, bool? rate, string? measureUnit = null)
{
    /// <summary>The shell's exit code for a program stopped by Ctrl-C (128 + SIGINT).</summary>
    public const int Interrupted = 130;

    public sealed record Request(
        string Source, IReadOnlyList<SessionItem> Items, SessionOptions Options, Timeline Timeline, IReadOnlyList<Adjustment> Changes, bool Resume, bool Fresh);

    private TextWriter Output => context.Console.Profile.Out.Writer;

    /// <summary>The items with the log's adjustments applied, and the adjustments (each with its reason).</summary>
    public static async Task<(IReadOnlyList<SessionItem> Items, IReadOnlyList<Adjustment> Changes)> AdaptAsync(IProgressStore store, IReadOnlyList<SessionItem> items, CancellationToken cancel)
    {
        // Only the history of the exercises in this session: a long log of others costs nothing here.
        var changes = new List<Adjustment>();
        foreach (var exercise in items.Select(i => i.Exercise).DistinctBy(e => e.Id))
        {
            changes.AddRange(Adaptation.For(exercise, await store.HoldsAsync(exercise.Id, cancel)));
        }

        return changes.Count == 0 ? (items, []) : ([.. items.Select(i => Adaptation.Apply(i, changes))], changes);
    }

    public static void WriteChanges(TextWriter output, IReadOnlyList<Adjustment> changes, ExerciseCatalog catalog, string after = "")
    {
        foreach (var change in changes)
        {
            output.WriteLine($"From your log ({catalog.Find(change.Exercise)?.Name ?? change.Exercise.Value}): {change.Reason}{after}");
        }
    }

    public async Task<int> PlayAsync(Request request, CancellationToken cancel)
    {
        var (timeline, sessionId, startAt) = await ResumeOrStart(request, cancel);
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
                Output.WriteLine($"Note: {note}");
            }

            var recorder = new SessionRecorder(store, sessionId, catalog, context.Keyboard, context.Time, context.Error, rate ?? context.Keyboard.IsInteractive)
            {
                MeasureUnit = measureUnit,
            };
            var player = new TerminalPlayer(context.Console, catalog, new SessionClock(context.Time), context.Keyboard, voice, recorder);
            var outcome = await player.PlayAsync(timeline, cancel, startAt);
            SessionSummary.Write(context.Console, catalog, timeline, outcome);
            foreach (var advice in recorder.Advice)
            {
                Output.WriteLine(advice);
            }

            await Close(recorder, sessionId, outcome, cancel.IsCancellationRequested);
            return cancel.IsCancellationRequested ? Interrupted : 0;
        }
    }

    private async Task<(Timeline Timeline, long SessionId, int StartAt)> ResumeOrStart(Request request, CancellationToken cancel)
    {
        if (await store.UnfinishedAsync(cancel) is { } unfinished)
        {
            var recipe = SessionRecipe.Read(unfinished.Recipe, catalog);
            var when = context.Local(unfinished.StartedAt, "ddd d MMM HH:mm");
            var done = $"{unfinished.Holds.Count} hold{(unfinished.Holds.Count == 1 ? "" : "s")} done";
            if (!request.Fresh && recipe is { } r && (request.Resume || await AskToResume($"You have an unfinished session from {when} ({unfinished.Source}, {done}). Resume it? y/n")))
            {
                var timeline = SessionCommand.Build(r.Items, r.Options);
                var startAt = unfinished.Holds.Count == 0 ? 0 : unfinished.Holds.Max(h => h.SegmentIndex) + 1;
                Output.WriteLine($"Resuming the session from {when} where it stopped ({done}).");
                return (timeline, unfinished.Id, startAt);
            }

            await Abandon(unfinished, cancel);
        }

        WriteChanges(Output, request.Changes, catalog);
        var id = await store.StartSessionAsync(context.Time.GetUtcNow(), request.Source, SessionRecipe.Write(request.Items, request.Options), cancel);
        return (request.Timeline, id, 0);
    }

    /// <summary>
    /// Closes the unfinished session as abandoned, and any older one still open (logs written before --fresh
    /// closed them), so none of them is offered again.
    /// </summary>
    private async Task Abandon(LoggedSession unfinished, CancellationToken cancel)
    {
        var closed = new HashSet<long>();
        for (LoggedSession? open = unfinished; open is not null && closed.Add(open.Id); open = await store.UnfinishedAsync(cancel))
        {
            await store.EndSessionAsync(open.Id, SessionStatus.Abandoned, context.Time.GetUtcNow(), cancel);
            var done = $"{open.Holds.Count} hold{(open.Holds.Count == 1 ? "" : "s")} done";
            Output.WriteLine($"The unfinished session from {context.Local(open.StartedAt, "ddd d MMM HH:mm")} is closed as abandoned; its {done} stay in your log.");
        }
    }

    private async Task<bool> AskToResume(string question)
    {
        if (!context.Keyboard.IsInteractive)
        {
            return false;
        }

        Output.WriteLine(question);
        return await context.Keyboard.NextKeyAsync(context.Time, CancellationToken.None) == 'y';
    }

    /// <summary>Finished, or abandoned with q; left running after Ctrl-C so the next session offers to resume it.</summary>
    private async Task Close(SessionRecorder recorder, long sessionId, SessionOutcome outcome, bool interrupted)
    {
        await recorder.FlushAsync(CancellationToken.None);
        if (recorder.Unsaved.Count > 0)
        {
            // Beside the log, where the user's data lives; the temp folder when even that folder cannot be written.
            var name = $"unsaved-holds-{context.Time.GetUtcNow():yyyyMMdd-HHmmss}.json";
            var json = new JsonArray([.. recorder.Unsaved.Select(h =>
            {
                var hold = HistoryCommand.HoldJson(h);
                hold["sessionId"] = sessionId;
                return (JsonNode)hold;
            })]).ToJsonString(ExerciseJson.Indented);
            var path = Path.Combine(dataDirectory, name);
            try
            {
                Directory.CreateDirectory(dataDirectory);
                await File.WriteAllTextAsync(path, json);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                path = Path.Combine(Path.GetTempPath(), $"limber-{name}");
                await File.WriteAllTextAsync(path, json);
            }

            context.Error.WriteLine($"limber: {recorder.Unsaved.Count} hold(s) could not be saved to the log; they are in {path}");
        }

        if (interrupted)
        {
            Output.WriteLine("Run 'limber session' again to resume where you stopped.");
            return;
        }

        try
        {
            await store.EndSessionAsync(sessionId, outcome.Finished ? SessionStatus.Finished : SessionStatus.Abandoned, context.Time.GetUtcNow());
        }
        catch (StorageException e)
        {
            context.Error.WriteLine($"limber: could not close the session in the log: {e.Message}");
        }
    }
}
