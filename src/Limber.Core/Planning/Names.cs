using Limber.Exercises;

namespace Limber.Planning;

/// <summary>The planner's words for people: "hip flexors", "after sitting", never the vocabulary's ids.</summary>
internal static class Names
{
    public static string Target(string id) => Targets.Find(id)?.Label.ToLowerInvariant() ?? id.Replace('-', ' ');

    public static string UseCase(UseCase useCase) => Words.Of(useCase).Replace('-', ' ');
}
