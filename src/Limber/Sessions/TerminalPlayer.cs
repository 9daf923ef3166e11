using Limber.Catalog;
using Limber.Sessions;
using Spectre.Console;

namespace Limber.Cli.Sessions;

/// <summary>
/// Plays a timeline in the terminal. Every cue is given when the session clock reaches its scheduled time; the
/// loop sleeps until the next cue or screen refresh and then reads the clock again, so waits never add up to
/// drift. On a terminal it draws a live view and reads keys; otherwise it prints one line per cue.
/// </summary>
internal sealed class TerminalPlayer(IAnsiConsole console, ExerciseCatalog catalog, SessionClock clock, IKeyboard keys, IVoice? voice, IHoldRecorder? recorder = null)
{
    /// <summary>How often the live view redraws its countdown and reads keys.</summary>
    private static readonly TimeSpan Refresh = TimeSpan.FromMilliseconds(200);

    private bool Live => console.Profile.Capabilities.Interactive && console.Profile.Capabilities.Ansi;

    /// <param name="startAt">The segment to begin with: 0, or where a resumed session stopped.</param>
    public async Task<SessionOutcome> PlayAsync(Timeline timeline, CancellationToken cancel, int startAt = 0)
    {
        var run = new Run(timeline);
        if (!Live)
        {
            await Loop(run, redraw: null, startAt, cancel);
            return run.Outcome(clock.Elapsed);
        }

        await console.Live(PlayerView.Render(timeline, catalog, timeline.Locate(0), "", false, false))
            .AutoClear(false)
            .StartAsync(async live => await Loop(run, view =>
            {
                live.UpdateTarget(view);
                live.Refresh();
            }, startAt, cancel));
        return run.Outcome(clock.Elapsed);
    }

    private async Task Loop(Run run, Action<Spectre.Console.Rendering.IRenderable>? redraw, int startAt, CancellationToken cancel)
    {
        clock.Start();
        if (startAt > 0)
        {
            JumpTo(run, run.Timeline.Segments[Math.Min(startAt, run.Timeline.Segments.Count - 1)].Start);
        }

        while (!run.Quit)
        {
            if (redraw is not null && !cancel.IsCancellationRequested)
            {
                ReadKeys(run);
            }

            var elapsed = clock.Elapsed;
            var at = run.Timeline.Locate(elapsed);
            if (run.Track(at, elapsed, bell: redraw is not null ? () => console.Profile.Out.Writer.Write('\a') : null) is { } done && recorder is not null)
            {
                await AfterHold(run, done, redraw, cancel);
                continue; // the position may have moved: read the clock again
            }

            // Ctrl-C is honoured only now, so a hold that was complete when it came is kept.
            if (cancel.IsCancellationRequested)
            {
                return;
            }

            foreach (var due in run.Pending.TakeDue(elapsed))
            {
                run.Lateness.Add(elapsed - due.At);
                run.Cue = due.Cue.Text;
                voice?.Say(due.Cue.Text);
                if (redraw is null)
                {
                    console.Profile.Out.Writer.WriteLine($"[{Clock.Format(due.At)}] {due.Cue.Text}");
                }
            }

            // Redraw only when something on screen changes: the countdown's second, the cue, or the state.
            var screen = (at.Index, Math.Ceiling(at.Remaining), run.Cue, clock.IsPaused, run.ConfirmingQuit);
            if (redraw is not null && screen != run.LastScreen)
            {
                run.LastScreen = screen;
                redraw(PlayerView.Render(run.Timeline, catalog, at, run.Cue, clock.IsPaused, run.ConfirmingQuit));
            }
            if (at.IsFinished)
            {
                return;
            }

            var untilNext = (run.Pending.NextAt ?? run.Timeline.TotalSeconds) - elapsed;
            var wait = TimeSpan.FromSeconds(Math.Min(untilNext, run.Timeline.Segments[at.Index].End - elapsed));
            try
            {
                await clock.WaitAsync(redraw is null || wait < Refresh ? wait : Refresh, cancel);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>
    /// The clock stands still while the hold is saved and rated, so the next segment starts only after both. Pain
    /// that stops the exercise moves on to the next one.
    /// </summary>
    private async Task AfterHold(Run run, (CompletedHold Hold, int Index) done, Action<Spectre.Console.Rendering.IRenderable>? redraw, CancellationToken cancel)
    {
        var wasPaused = clock.IsPaused;
        clock.Pause();
        void Show(string text)
        {
            run.Cue = text;
            voice?.Say(text);
            if (redraw is null)
            {
                console.Profile.Out.Writer.WriteLine(text);
            }
            else
            {
                redraw(PlayerView.Render(run.Timeline, catalog, run.Timeline.Locate(clock.Elapsed), text, paused: false, confirmingQuit: false));
            }
        }

        var next = await recorder!.HoldCompletedAsync(done.Hold, done.Index, Show, cancel);
        if (!wasPaused)
        {
            clock.Resume();
        }

        if (next == AfterHoldStep.SkipExercise)
        {
            var segments = run.Timeline.Segments;
            var after = done.Index;
            while (after < segments.Count && segments[after].ExerciseId == done.Hold.ExerciseId)
            {
                after++;
            }

            JumpTo(run, after < segments.Count ? segments[after].Start : run.Timeline.TotalSeconds);
        }
    }

    private void ReadKeys(Run run)
    {
        while (keys.TryRead(out var key))
        {
            if (run.ConfirmingQuit)
            {
                run.ConfirmingQuit = false;
                run.Quit = key == 'y';
                clock.Resume();
                continue;
            }

            switch (key)
            {
                case ' ' when clock.IsPaused:
                    clock.Resume();
                    break;
                case ' ':
                    clock.Pause();
                    break;
                case 'n':
                    JumpTo(run, run.Timeline.Locate(clock.Elapsed).Segment.End);
                    break;
                case 'b':
                    var at = run.Timeline.Locate(clock.Elapsed);
                    var target = at.Offset > 2 || at.Index == 0 ? at.Segment.Start : run.Timeline.Segments[at.Index - 1].Start;
                    JumpTo(run, target);
                    break;
                case 'q':
                    run.ConfirmingQuit = true;
                    clock.Pause();
                    break;
            }
        }
    }

    private void JumpTo(Run run, double seconds)
    {
        clock.JumpTo(Math.Min(seconds, run.Timeline.TotalSeconds));
        run.Pending.SkipTo(clock.Elapsed);
    }

    /// <summary>The mutable state of one playing session, kept out of the player so the player stays reusable.</summary>
    private sealed class Run(Timeline timeline)
    {
        private int segment = -1;
        private double segmentEntered;

        public Timeline Timeline { get; } = timeline;

        public PendingCues Pending { get; } = new(timeline);

        public List<double> Lateness { get; } = [];

        public List<CompletedHold> Holds { get; } = [];

        public string Cue { get; set; } = "";

        public bool Quit { get; set; }

        public bool ConfirmingQuit { get; set; }

        public (int, double, string, bool, bool)? LastScreen { get; set; }

        /// <summary>
        /// Notes the hold just left, when the position moved to another segment, and returns it with its index;
        /// rings the bell on each change.
        /// </summary>
        public (CompletedHold Hold, int Index)? Track(SessionPosition at, double elapsed, Action? bell)
        {
            var index = at.IsFinished ? Timeline.Segments.Count : at.Index;
            if (index == segment)
            {
                return null;
            }

            // Only moving forward completes a hold; going back to repeat one does not count it twice.
            (CompletedHold, int)? done = null;
            if (index > segment && segment >= 0 && Timeline.Segments[segment] is { Kind: SegmentKind.Hold } hold)
            {
                var completed = new CompletedHold(hold.ExerciseId, hold.Side, hold.Rep, hold.Duration, Math.Min(hold.Duration, elapsed - segmentEntered));
                Holds.Add(completed);
                done = (completed, segment);
            }

            segment = index;
            segmentEntered = elapsed;
            bell?.Invoke();
            return done;
        }

        public SessionOutcome Outcome(double elapsed) =>
            new(!Quit && elapsed >= Timeline.TotalSeconds, elapsed, Holds, Lateness);
    }
}
