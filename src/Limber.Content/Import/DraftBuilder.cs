using Limber.Exercises;

namespace Limber.Content.Import;

/// <summary>
/// One exercise's sections into a record. The sections are read first (each feeds its fields), then the fields
/// that come from the whole text: name, position, sides, dose, targets, props, uses, level, safety.
/// </summary>
internal static class DraftBuilder
{
    /// <summary>What the sections every exercise shares say (a list article's introduction), read once per article.</summary>
    public static Gathered Shared(Outline outline)
    {
        var shared = new Gathered();
        foreach (var section in outline.Shared)
        {
            SectionReader.Read(section, shared);
        }

        return shared;
    }

    public static ExerciseDraft? Build(Outline outline, Gathered shared, ExercisePart part, SourceReference source, string article)
    {
        var own = new Gathered();
        foreach (var section in part.Sections)
        {
            SectionReader.Read(section, own);
        }

        var steps = own.Steps.Count > 0 ? own.Steps : own.IntroSteps.Count > 0 ? own.IntroSteps : own.IntroInstructions;
        if (steps.Count == 0)
        {
            return null;
        }

        var split = new SplitOnce();
        var confidence = new Dictionary<string, double>();
        var heading = part.Heading ?? outline.Title;
        var name = Names.Of(heading.Length > 0 ? heading : source.Title, singular: !outline.IsList);
        confidence["name"] = part.Heading is not null || outline.Title.Length > 0 ? 0.9 : 0.3;

        var about = own.About.Concat(own.Faq.Where(f => TargetWords.SpeaksOfTargets(f.Question)).Select(f => f.Answer)).ToList();
        var aliases = new[] { Names.Alias(heading) }.OfType<string>().Concat(about.SelectMany(Names.KnownAs))
            .Where(a => Names.Key(a) != Names.Key(name)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        var (position, positionSure) = PositionOf(name, steps);
        confidence["position"] = positionSure;
        var laterality = LateralityOf(steps.Concat(own.DoseText), out var sidesSure);
        confidence["laterality"] = sidesSure;

        // The kind the words suggest, with how sure they make it: review flags it when unsure.
        var (kind, kindSure) = KindWords.Of(name, steps);
        confidence["kind"] = kindSure;

        var doseText = own.DoseText.Concat(steps).Concat(own.Breathing).Concat(own.Tips)
            .Concat(own.Faq.Where(f => DoseQuestion(f.Question)).Select(f => f.Answer)).SelectMany(split.Of);
        var (dosage, doseSure) = DoseReader.Read(doseText);
        confidence["dosage"] = doseSure;

        var (primary, secondary, targetsSure) = Targets.Of(name, outline, own, shared, about, split);
        confidence["targets"] = targetsSure;

        var everything = steps.Concat(own.Tips).Concat(own.Mistakes).Concat(own.Breathing).Concat(own.Faq.Select(f => f.Answer))
            .Concat(own.Modifications.Select(m => m.Description ?? m.Name)).Concat(own.DoseText).Concat(own.Safety).ToList();
        var equipment = (own.BodyWeightOnly && own.EquipmentText.Count == 0 ? [] : own.EquipmentText)
            .Concat(everything).Concat(own.IntroParagraphs).SelectMany(Cues.Props).Distinct().ToList();
        confidence["equipment"] = own.EquipmentText.Count > 0 || own.BodyWeightOnly ? 0.8 : 0.6;

        var exercise = new Exercise
        {
            Id = IdFor(name),
            Name = name,
            Aliases = aliases,
            Summary = Summary(own.IntroParagraphs),
            Benefits = own.Benefits.Concat(own.IntroItems).ToList(),
            Position = position,
            Level = LevelOf(own, about.Concat(own.Tips).Concat(own.Faq.Select(f => f.Answer)).SelectMany(split.Of)),
            Equipment = equipment,
            PrimaryTargets = primary,
            SecondaryTargets = secondary,
            Laterality = laterality,
            Kind = kind,
            Partner = KindWords.HasPartner(steps),
            Dosage = dosage,
            Steps = steps,
            StepRoles = StepRoleWords.Of(steps),
            Breathing = own.Breathing,
            Mistakes = own.Mistakes,
            Tips = own.Tips,
            Faq = own.Faq,
            Safety = own.Safety.Concat(everything.Concat(about).SelectMany(split.Of).Where(Cues.IsStopSign)).Distinct().ToList(),
            Modifications = own.Modifications,
            UseCases = about.Concat(own.Tips).Concat(own.Faq.Select(f => f.Answer)).SelectMany(Cues.UseCases).Distinct().ToList(),
            Source = source,
        };
        confidence["steps"] = own.Steps.Count == 0 ? 0.4 : own.StepsFromList ? 0.9 : 0.75;
        foreach (var (field, count) in new[] { ("mistakes", own.Mistakes.Count), ("tips", own.Tips.Count), ("faq", own.Faq.Count), ("safety", exercise.Safety.Count), ("modifications", own.Modifications.Count) })
        {
            confidence[field] = count > 0 ? 0.85 : 0.5;
        }

        return new ExerciseDraft(exercise, confidence, article);
    }

    private static ExerciseId IdFor(string name)
    {
        var id = ExerciseId.FromName(name).Value;
        return new ExerciseId(id.Length > 80 ? id[..80].TrimEnd('-') : id);
    }

    private static (Position?, double) PositionOf(string name, List<string> steps)
    {
        if (Cues.PositionIn(name) is { } named)
        {
            return (named, 0.9);
        }

        foreach (var step in steps.Take(4))
        {
            if (Cues.PositionIn(step) is { } found)
            {
                return (found, 0.8);
            }
        }

        return (null, 0.3);
    }

    /// <summary>Back and forth beats one side then the other; no word about sides at all means both at once.</summary>
    private static Laterality LateralityOf(IEnumerable<string> text, out double confidence)
    {
        var found = text.Select(Cues.Sides).OfType<Laterality>().ToList();
        confidence = found.Count > 0 ? 0.85 : 0.5;
        return found.Contains(Laterality.Alternating) ? Laterality.Alternating : found.Count > 0 ? Laterality.Unilateral : Laterality.Bilateral;
    }

    private static bool DoseQuestion(string question) =>
        question.Contains("how long", StringComparison.OrdinalIgnoreCase) || question.Contains("how many", StringComparison.OrdinalIgnoreCase);

    private static Level? LevelOf(Gathered own, IEnumerable<string> sentences) =>
        own.LevelText.Select(Cues.Level).OfType<Level>().Cast<Level?>().FirstOrDefault()
        ?? (sentences.Any(Cues.SuitsBeginners) ? Level.Beginner : null);

    private static string? Summary(List<string> paragraphs)
    {
        var first = paragraphs.FirstOrDefault(p => Clean.Words(p) >= 8);
        if (first is null)
        {
            return null;
        }

        var sentences = Sentences.Split(first);
        var summary = sentences[0];
        return summary.Length <= 300 ? summary : summary[..297] + "...";
    }
}
