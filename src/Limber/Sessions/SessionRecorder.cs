using Limber.Catalog;
using Limber.Progress;

namespace Limber.Cli.Sessions;

/// <summary>
/// Saves each hold the moment it completes, then asks how it felt, one keypress per question (one line each when
/// input is not a terminal, see SessionRecorder.Lines.cs), and applies the
/// in-session rules: pain 7 or more stops the exercise, pain 4 or more or a pinch cues backing off. A storage
/// failure does not stop the session: the hold is kept in memory, retried with the next one, and whatever still
/// cannot be saved is written to a file at the end.
/// </summary>
internal sealed partial class SessionRecorder(
    IProgressStore store, long sessionId, ExerciseCatalog catalog, IKeyboard keys, TimeProvider time, TextWriter error, bool rate) : IHoldRecorder
{
    private readonly List<LoggedHold> unsaved = [];
    private bool warned;

    /// <summary>When set, each rated hold is also asked for a range measure in this unit (typed, then Enter).</summary>
    public string? MeasureUnit { get; init; }

    /// <summary>Advice given during the session, repeated in the summary.</summary>
    public List<string> Advice { get; } = [];

    public IReadOnlyList<LoggedHold> Unsaved => unsaved;

    public async Task<AfterHoldStep> HoldCompletedAsync(CompletedHold hold, int segmentIndex, Action<string> show, CancellationToken cancel)
    {
        var logged = new LoggedHold(hold.ExerciseId, hold.Side, hold.Rep, hold.PlannedSeconds, hold.HeldSeconds, time.GetUtcNow())
        {
            SegmentIndex = segmentIndex,
        };
        // A completed hold is written even when Ctrl-C comes while it is being written: it was done. The write
        // itself is bounded by the store's own timeouts.
        var saved = await Save(logged, CancellationToken.None);
        if (!rate || await Ask(hold, show, cancel) is not { } rating)
        {
            return AfterHoldStep.Continue;
        }

        var range = MeasureUnit is { } unit && await Measure(unit, show, cancel) is { } value ? new RangeMeasure(value, unit) : null;
        if (saved)
        {
            await Guard(() => store.RateHoldAsync(sessionId, segmentIndex, rating, range, cancel: cancel));
        }
        else
        {
            unsaved[^1] = logged with { Rating = rating, Range = range };
        }

        var exercise = catalog.Find(hold.ExerciseId);
        if (Adaptation.StopsTheExercise(rating) && exercise is not null)
        {
            var advice = Adaptation.StopAdvice(exercise, rating);
            Advice.Add(advice);
            show(advice);
            return AfterHoldStep.SkipExercise;
        }

        if (Adaptation.CallsForLessRange(rating))
        {
            show(Adaptation.BackOffCue);
        }

        return AfterHoldStep.Continue;
    }

    /// <summary>Saves what is still unsaved: at the end of a session, one last try.</summary>
    public async Task FlushAsync(CancellationToken cancel)
    {
        foreach (var hold in unsaved.ToList())
        {
            if (await Guard(() => store.AddHoldAsync(sessionId, hold, cancel)))
            {
                unsaved.Remove(hold);
            }
        }
    }

    private async Task<bool> Save(LoggedHold hold, CancellationToken cancel)
    {
        await FlushAsync(cancel);
        if (unsaved.Count == 0 && await Guard(() => store.AddHoldAsync(sessionId, hold, cancel)))
        {
            return true;
        }

        unsaved.Add(hold);
        return false;
    }

    private async Task<bool> Guard(Func<Task> write)
    {
        try
        {
            await write();
            return true;
        }
        catch (StorageException e)
        {
            if (!warned)
            {
                error.WriteLine($"limber: could not save the hold: {e.Message}. The session goes on; holds not saved are kept and written at the end.");
                warned = true;
            }

            return false;
        }
    }

    private async Task<Rating?> Ask(CompletedHold hold, Action<string> show, CancellationToken cancel)
    {
        var side = hold.Side is { } s ? $"the {Exercises.Words.Of(s)} side" : "it";
        var tightness = await Number($"How tight was {side}? 0-9, + for 10 (Enter skips)", allowPinch: false, show, cancel);
        if (tightness is not { } t)
        {
            return null;
        }

        var pain = await Number("Any pain? 0 none to 9, + for 10; p if it pinched", allowPinch: true, show, cancel);
        if (pain == Pinch)
        {
            var withPinch = await Number("It pinched. Any pain with it? 0-9, + for 10", allowPinch: false, show, cancel);
            return new Rating(t, withPinch ?? 0, pinch: true);
        }

        return pain is { } p ? new Rating(t, p) : null;
    }

    private const int Pinch = -1;

    /// <summary>A number typed key by key and ended with Enter; Enter alone, or no answer, skips it.</summary>
    private async Task<double?> Measure(string unit, Action<string> show, CancellationToken cancel)
    {
        var question = $"Range in {unit}? Type the number, then Enter (Enter alone skips)";
        show(question);
        if (keys.Lines is { } lines)
        {
            return await MeasureFromLines(lines, question, show, cancel);
        }

        var typed = "";
        while (await keys.NextKeyAsync(time, cancel) is { } key)
        {
            if (key is '\r' or '\n')
            {
                if (typed.Length == 0)
                {
                    return null;
                }

                if (double.TryParse(typed, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) && value is >= 0 and < 10_000)
                {
                    return value;
                }

                show($"'{typed}' is not a measure. {question}");
                typed = "";
            }
            else if (char.IsAsciiDigit(key) || (key == '.' && !typed.Contains('.', StringComparison.Ordinal)))
            {
                typed += key;
                show($"{question}: {typed}");
            }
            else
            {
                show($"'{key}' is not part of a number: type digits and a point, then Enter. {question}");
            }
        }

        return null;
    }

    /// <summary>A rating from one key: 0-9, + for 10, p for a pinch where allowed; anything else asks again.</summary>
    private async Task<int?> Number(string question, bool allowPinch, Action<string> show, CancellationToken cancel)
    {
        show(question);
        if (keys.Lines is { } lines)
        {
            return await NumberFromLines(lines, question, allowPinch, show, cancel);
        }

        while (await keys.NextKeyAsync(time, cancel) is { } key)
        {
            switch (key)
            {
                case >= '0' and <= '9':
                    return key - '0';
                case '+':
                    return Rating.Max;
                case 'p' when allowPinch:
                    return Pinch;
                case '\r' or '\n':
                    return null;
                default:
                    show($"'{key}' is not a rating: press 0-9, or + for 10{(allowPinch ? ", or p for a pinch" : "")}. {question}");
                    break;
            }
        }

        return null;
    }
}
