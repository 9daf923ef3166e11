using System.Text.RegularExpressions;
using Limber.Exercises;

namespace Limber.Content.Import;

/// <summary>
/// What each step is for, from its words: "this will be your starting position" ends the setup, "hold" is the
/// hold, "return", "release", "come back" the release, "repeat on the other side" or "switch" the change of side.
/// Only a reading that places every step is given; otherwise none, and a session times the steps as before.
/// </summary>
internal static partial class StepRoleWords
{
    public static IReadOnlyList<StepRole> Of(IReadOnlyList<string> steps)
    {
        var hold = steps.ToList().FindIndex(s => Hold().IsMatch(s));
        if (hold < 0)
        {
            return [];
        }

        var start = steps.Take(hold).ToList().FindLastIndex(s => Start().IsMatch(s));
        var roles = new List<StepRole>();
        for (var i = 0; i < steps.Count; i++)
        {
            StepRole? role = i < hold ? (i <= Math.Max(start, 0) ? StepRole.Setup : StepRole.Into)
                : Release().IsMatch(steps[i]) ? StepRole.Release
                : Switch().IsMatch(steps[i]) ? StepRole.Switch
                : Hold().IsMatch(steps[i]) || (roles.Count > 0 && roles[^1] == StepRole.Hold) ? StepRole.Hold
                : null;
            if (role is not { } known)
            {
                return [];
            }

            roles.Add(known);
        }

        return roles;
    }

    [GeneratedRegex(@"\b(starting|start) position\b", RegexOptions.IgnoreCase)]
    private static partial Regex Start();

    [GeneratedRegex(@"\b(hold|count|stay (here )?for)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hold();

    [GeneratedRegex(@"\b(return|release|relax|come back|bring (it|them|the \w+) back)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Release();

    [GeneratedRegex(@"\b(other|opposite) (side|leg|arm|foot)\b|\bswitch\b|\bchange sides\b|\balternate\b", RegexOptions.IgnoreCase)]
    private static partial Regex Switch();
}
