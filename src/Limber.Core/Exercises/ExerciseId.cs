using System.Text.RegularExpressions;

namespace Limber.Exercises;

/// <summary>A stable, URL-safe slug such as <c>hip-crossover-stretch</c>: lowercase letters and digits in dash-separated words.</summary>
public readonly partial record struct ExerciseId
{
    public ExerciseId(string value)
    {
        if (!IsValid(value))
        {
            throw new ArgumentException($"'{value}' is not a valid id: use lowercase letters and digits joined by single dashes, e.g. hip-crossover-stretch.", nameof(value));
        }

        Value = value;
    }

    public string Value { get; }

    public static bool IsValid(string? value) => value is not null && SlugPattern().IsMatch(value);

    public static bool TryParse(string? value, out ExerciseId id)
    {
        id = IsValid(value) ? new ExerciseId(value!) : default;
        return IsValid(value);
    }

    /// <summary>Turns a display name into an id: "Restorative Supta Virasana" becomes restorative-supta-virasana.</summary>
    public static ExerciseId FromName(string name)
    {
        var words = NonSlug().Split(name.ToLowerInvariant()).Where(w => w.Length > 0);
        return new ExerciseId(string.Join('-', words));
    }

    public override string ToString() => Value;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlug();
}
