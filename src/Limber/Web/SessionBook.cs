using System.Collections.Concurrent;
using Limber.Catalog;
using Limber.Cli.Sessions;
using Limber.Exercises;
using Limber.Progress;
using Limber.Sessions;

namespace Limber.Cli.Web;

/// <summary>
/// The web's sessions, on the same log and engine as the terminal: a session starts with the log's adjustments
/// applied and its recipe stored, so the same timeline is rebuilt to resume it; each hold is written the moment
/// the player sends it, and a rating is judged by the same rules (stop at pain 7, back off at 4 or a pinch).
/// </summary>
internal sealed class SessionBook(ExerciseCatalog catalog, IProgressStore store, TimeProvider time)
{
    /// <summary>Timelines of the sessions this process has seen: holds arrive many times a minute, recipes do not change.</summary>
    private readonly ConcurrentDictionary<long, Timeline> timelines = new();

    public sealed record Started(long Id, Timeline Timeline, IReadOnlyList<Adjustment> Changes);

    public sealed record Open(LoggedSession Session, Timeline Timeline);

    /// <summary>What the player sent for one completed hold.</summary>
    public sealed record HoldSent(ExerciseId Exercise, Side? Side, int Seconds, Rating? Rating, int Segment);

    /// <summary>What the rules say after a rated hold: advice to show, and whether the rest of the exercise is skipped.</summary>
    public sealed record HoldOutcome(int Segment, bool StopExercise, bool BackOff, string? Advice);

    public async Task<Started> StartAsync(string source, IReadOnlyList<SessionItem> asked, SessionOptions? options, CancellationToken cancel)
    {
        var settings = await store.SettingsAsync(cancel);
        var chosen = options ?? new SessionOptions(Level: settings.Level, TighterSide: settings.TighterSide, BreathsPerMinute: settings.BreathsPerMinute);
        var (items, changes) = await SessionRun.AdaptAsync(store, asked, cancel);
        var timeline = TimelineBuilder.Build(items, chosen);
        var id = await store.StartSessionAsync(time.GetUtcNow(), source, SessionRecipe.Write(items, chosen), cancel);
        timelines[id] = timeline;
        return new Started(id, timeline, changes);
    }

    /// <summary>The session with its holds and timeline; null when this user has no such session or its exercises are gone.</summary>
    public async Task<Open?> FindAsync(long id, CancellationToken cancel)
    {
        if (await store.SessionAsync(id, cancel) is not { } session)
        {
            return null;
        }

        if (timelines.TryGetValue(id, out var known))
        {
            return new Open(session, known);
        }

        if (SessionRecipe.Read(session.Recipe, catalog) is not { } recipe)
        {
            return null;
        }

        var timeline = TimelineBuilder.Build(recipe.Items, recipe.Options);
        timelines[id] = timeline;
        return new Open(session, timeline);
    }

    /// <summary>The timeline of a session, from memory when this process started or read it; null when there is none.</summary>
    public async Task<Timeline?> TimelineAsync(long id, CancellationToken cancel) =>
        timelines.TryGetValue(id, out var known) ? known : (await FindAsync(id, cancel))?.Timeline;

    /// <summary>Writes the hold (again, if it was sent before: the last one sent stands) and judges its rating.</summary>
    public async Task<HoldOutcome> RecordAsync(long sessionId, Segment segment, HoldSent hold, CancellationToken cancel)
    {
        var logged = new LoggedHold(hold.Exercise, hold.Side, segment.Rep, segment.Duration, hold.Seconds, time.GetUtcNow(), hold.Rating)
        {
            SegmentIndex = hold.Segment,
        };
        await store.AddHoldAsync(sessionId, logged, cancel);
        if (hold.Rating is not { } rating)
        {
            return new HoldOutcome(hold.Segment, false, false, null);
        }

        var exercise = catalog.Find(hold.Exercise);
        var stop = Adaptation.StopsTheExercise(rating) && exercise is not null;
        var backOff = Adaptation.CallsForLessRange(rating);
        return new HoldOutcome(hold.Segment, stop, backOff, stop ? Adaptation.StopAdvice(exercise!, rating) : backOff ? Adaptation.BackOffCue : null);
    }

    public Task EndAsync(long id, bool finished, CancellationToken cancel) =>
        store.EndSessionAsync(id, finished ? SessionStatus.Finished : SessionStatus.Abandoned, time.GetUtcNow(), cancel);
}
