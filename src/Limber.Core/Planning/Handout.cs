using Limber.Exercises;
using Limber.Sessions;

namespace Limber.Planning;

/// <summary>
/// A plan as a coach hands it to a client: each exercise with its dose in plain words, its time, its numbered steps,
/// its key mistakes and its stop signs, the coach's note, and the days of a week to tick. The PDF, the calendar
/// reminder and the web's print view all read this, so they say the same thing.
/// </summary>
public sealed record Handout(string Title, IReadOnlyList<Handout.Entry> Entries, int TotalSeconds, string? CoachNote)
{
    /// <summary>How many mistakes a handout keeps per exercise: the first ones the source names, the most important.</summary>
    public const int KeyMistakes = 3;

    public sealed record Entry(Exercise Exercise, string Dose, int Seconds)
    {
        public IReadOnlyList<string> Mistakes => [.. Exercise.Mistakes.Take(KeyMistakes)];

        public IReadOnlyList<string> StopSigns => Exercise.Safety;
    }

    public static Handout For(string title, IReadOnlyList<SessionItem> items, SessionOptions options, string? coachNote)
    {
        var timeline = TimelineBuilder.Build(items, options);
        var entries = items.Select(i => new Entry(
            i.Exercise,
            ChosenDose.For(i.Exercise, options.ChosenPoint, i.Dose).Describe(i.Exercise),
            timeline.Segments.Where(s => s.ExerciseId == i.Exercise.Id).Sum(s => s.Duration))).ToList();
        return new Handout(title, entries, timeline.TotalSeconds, string.IsNullOrWhiteSpace(coachNote) ? null : coachNote.Trim());
    }
}
