using Limber.Exercises;

namespace Limber.Core.Tests.Sessions;

/// <summary>Exercises shaped like the seed articles' doses, built in code so the engine is tested on its own.</summary>
internal static class SessionFixtures
{
    public static Exercise Make(string id, Laterality laterality, Dosage dosage, string[]? steps = null, string[]? breathing = null, string[]? mistakes = null) => new()
    {
        Id = new ExerciseId(id),
        Name = id,
        Laterality = laterality,
        Dosage = dosage,
        Steps = steps ?? ["Lie on your back.", "Cross one leg over.", "Hold the stretch.", "Come back slowly."],
        Breathing = breathing ?? [],
        Mistakes = mistakes ?? [],
        Source = new SourceReference("test"),
    };

    /// <summary>Like the hip crossover: 30 to 60 s holds, 3 on each side.</summary>
    public static Exercise HipCrossover { get; } = Make("crossover", Laterality.Unilateral,
        new Dosage(new HoldDose.Seconds(new DoseRange(30, 60)), DoseRange.Exactly(3), PerSide: true),
        steps: ["Lie face up.", "Cross the ankle over the knee.", "Lower the legs to the floor.", "Stay here for 30 to 60 seconds, then turn slowly back to the start.", "Switch sides."],
        breathing: ["Keep breathing normally."],
        mistakes: ["Letting the foot slide.", "Holding your breath."]);

    /// <summary>Like the internal rotation stretches: a 30 s count, back and forth 8 to 12 times.</summary>
    public static Exercise InternalRotation { get; } = Make("rotation", Laterality.Alternating,
        new Dosage(new HoldDose.Seconds(DoseRange.Exactly(30)), new DoseRange(8, 12), PerSide: true));

    /// <summary>Like reclined hero: one two-sided hold of 5 to 10 deep breaths.</summary>
    public static Exercise ReclinedHero { get; } = Make("hero", Laterality.Bilateral, new Dosage(new HoldDose.Breaths(new DoseRange(5, 10))));

    /// <summary>Like the seated hip stretch: "a breath or two".</summary>
    public static Exercise BreathOrTwo { get; } = Make("seated", Laterality.Unilateral, new Dosage(new HoldDose.Breaths(new DoseRange(1, 2)), Note: "a smooth breath or two"));

    /// <summary>Like the lying cross-over: "a few seconds", no number.</summary>
    public static Exercise FewSeconds { get; } = Make("few", Laterality.Unilateral, new Dosage(Note: "a few seconds"));
}
