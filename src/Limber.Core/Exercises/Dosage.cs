namespace Limber.Exercises;

/// <summary>
/// What the source prescribes. A part the source does not state is null; where it gives a dose in words only
/// ("a few seconds", "a short, steady hold"), those words are in <see cref="Note"/> and the numbers stay null.
/// </summary>
public sealed record Dosage(
    HoldDose? Hold = null,
    DoseRange? Reps = null,
    bool? PerSide = null,
    int? Sets = null,
    double? RestSeconds = null,
    string? Note = null)
{
    public static Dosage Unstated { get; } = new();

    /// <summary>The dose in plain words, e.g. "hold 30 to 60 seconds, 3 times on each side", with the source's own words after it.</summary>
    public string Describe() => Describe(withNote: true);

    /// <summary>The numbers only, for a table: "hold 30 to 60 seconds, 3 times on each side", or the source's words when it gives no number.</summary>
    public string DescribeBriefly() => Describe(withNote: Hold is null && Reps is null);

    private string Describe(bool withNote)
    {
        var parts = new List<string>();
        if (Hold is not null)
        {
            parts.Add($"hold {Hold.Describe()}");
        }

        if (Reps is not null)
        {
            var times = Reps.IsSingleValue && Reps.Min == 1 ? "once" : $"{Reps} times";
            parts.Add(PerSide == true ? $"{times} on each side" : times);
        }

        if (Sets is { } sets)
        {
            parts.Add($"{sets} set{(sets == 1 ? "" : "s")}");
        }

        if (RestSeconds is { } rest)
        {
            parts.Add($"rest {rest:0.#} s between");
        }

        if (withNote && Note is not null)
        {
            parts.Add(parts.Count == 0 ? Note : $"({Note})");
        }

        return parts.Count == 0 ? "no dose given in the source" : string.Join(", ", parts).Replace(", (", " (", StringComparison.Ordinal);
    }
}
