namespace Limber.Content.Import;

/// <summary>
/// Primary and secondary targets: a synopsis field says them outright; otherwise the exercise's name and the prose
/// about it do, where a sentence that calls a region "secondary" or "also" worked makes it secondary. In a list
/// article the title and shared introduction apply to every exercise.
/// </summary>
internal static class Targets
{
    public static (List<string> Primary, List<string> Secondary, double Confidence) Of(string name, Outline outline, Gathered own, Gathered shared, List<string> about, SplitOnce split)
    {
        var primary = new List<string>();
        var secondary = new List<string>();
        primary.AddRange(own.NamedTargets.SelectMany(TargetWords.InName));
        secondary.AddRange(own.NamedSecondaryTargets.SelectMany(TargetWords.InName));
        var fromSynopsis = primary.Count + secondary.Count > 0;

        primary.AddRange(TargetWords.InName(name));
        var prose = outline.IsList ? about.Concat(shared.About).Append(outline.Title) : about;
        // A synopsis names the targets outright; prose then only adds guesses.
        foreach (var sentence in fromSynopsis ? [] : prose.SelectMany(split.Of).Where(s => TargetWords.SpeaksOfTargets(s) && !Cues.IsStopSign(s)))
        {
            (Secondary(sentence) ? secondary : primary).AddRange(TargetWords.InProse(sentence));
        }

        var first = primary.Distinct().ToList();
        var second = secondary.Distinct().Where(t => !first.Contains(t)).ToList();
        return (first, second, fromSynopsis ? 0.85 : first.Count + second.Count > 0 ? 0.6 : 0.3);
    }

    private static bool Secondary(string sentence) =>
        sentence.Contains("secondar", StringComparison.OrdinalIgnoreCase)
        || sentence.Contains(" also ", StringComparison.OrdinalIgnoreCase)
        || sentence.Contains(" with some ", StringComparison.OrdinalIgnoreCase);
}
