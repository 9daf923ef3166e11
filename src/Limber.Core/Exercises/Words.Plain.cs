using System.Collections.Frozen;

namespace Limber.Exercises;

/// <summary>
/// The words a person reads on a page or in the terminal, where the files' kebab-case ids would look like code:
/// <c>side-lying</c> is "lying on your side", <c>foam-roller</c> "foam roller", <c>hip-rotators</c> "hip rotators".
/// Ids stay the values of forms and addresses; only the visible text changes.
/// </summary>
public static partial class Words
{
    // Positions say how you lie or stand, as a coach would ("get on your hands and knees"), not the anatomy term.
    // Warm-up and cool-down keep their dash: it is how the words are spelled.
    private static readonly FrozenDictionary<string, string> Said = new Dictionary<string, string>
    {
        ["supine"] = "lying on your back",
        ["prone"] = "lying face down",
        ["seated"] = "sitting",
        ["side-lying"] = "lying on your side",
        ["quadruped"] = "hands and knees",
        ["warm-up"] = "warm-up",
        ["cool-down"] = "cool-down",
        ["after-lower-body"] = "after leg day",
        ["daily"] = "every day",
    }.ToFrozenDictionary();

    /// <summary>An enum value in plain words, lower-case for running text: "lying on your side", "after sitting".</summary>
    public static string Plain<T>(T value) where T : struct, Enum => PlainWord(Of(value));

    /// <summary>A prop in plain words ("foam roller"); "other" says what it means.</summary>
    public static string PlainProp(string prop) => prop == "other" ? "another prop" : PlainWord(prop);

    /// <summary>A target's display name, lower-case for running text ("hip rotators", "adductors (inner thigh, groin)").</summary>
    public static string PlainTarget(string id) => Targets.Find(id) is { } target ? target.Label.ToLowerInvariant() : PlainWord(id);

    /// <summary>The same words starting with a capital, for a label or the start of a line.</summary>
    public static string Capitalised(string words) => words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];

    private static string PlainWord(string word) => Said.GetValueOrDefault(word) ?? word.Replace('-', ' ');
}
