using System.Text.RegularExpressions;

namespace Limber.Content.Import;

/// <summary>A run of blocks under one heading (or none), and what the heading says it holds.</summary>
internal sealed record Section(SectionKind Kind, List<Block> Blocks, bool Headed);

/// <summary>One exercise's part of an article: its heading (null when the article is about one exercise) and sections.</summary>
internal sealed record ExercisePart(string? Heading, List<Section> Sections);

/// <summary>
/// An article cut into sections, and the sections grouped by exercise. A list article ("the best internal hip
/// rotation stretches") has a sub-heading per exercise; the text before the first one is shared by all of them.
/// </summary>
internal sealed partial record Outline(string Title, List<Section> Shared, List<ExercisePart> Exercises, bool IsList)
{
    public static Outline Build(List<Block> blocks)
    {
        var title = blocks.FirstOrDefault(b => b.Kind is BlockKind.Heading or BlockKind.Question)
            ?? blocks.FirstOrDefault(b => Clean.Words(b.Text) <= 15);
        var titleText = title?.Text ?? "";
        var body = blocks.Where(b => !ReferenceEquals(b, title) && !(b.Kind == BlockKind.Heading && SameName(b.Text, titleText))).ToList();
        var exerciseHeadings = ExerciseHeadings(body, titleText);
        var isList = exerciseHeadings.Count >= 2;

        var shared = new List<Section>();
        var exercises = new List<ExercisePart>();
        var sections = shared;
        Section? current = null;
        foreach (var block in body)
        {
            if (isList && exerciseHeadings.Contains(block))
            {
                sections = [];
                exercises.Add(new ExercisePart(block.Text, sections));
                current = Open(sections, SectionKind.Steps, headed: false);
                continue;
            }

            if (current is { Kind: SectionKind.Targets or SectionKind.SecondaryTargets or SectionKind.Equipment or SectionKind.Level, Blocks.Count: 0 }
                && block.Kind == BlockKind.Heading && SectionHeadings.Classify(block.Text) is null && Clean.Words(block.Text) <= 5)
            {
                // A synopsis value on its own line ("Required Equipment" then "Body Weight") reads like a heading.
                current.Blocks.Add(block with { Kind = BlockKind.Paragraph });
                continue;
            }

            if (block.Kind == BlockKind.Heading || (block.Kind == BlockKind.Question && current?.Kind != SectionKind.Faq))
            {
                var kind = KindOf(block, body);
                if (kind is SectionKind.Faq && block.Kind == BlockKind.Question)
                {
                    current = Open(sections, kind.Value, headed: false);
                    current.Blocks.Add(block);
                    continue;
                }

                current = Open(sections, kind ?? SectionKind.Intro, headed: kind is not null);
                continue;
            }

            current ??= Open(sections, SectionKind.Intro, headed: false);
            current.Blocks.Add(block);
        }

        if (!isList)
        {
            exercises.Add(new ExercisePart(null, shared));
            shared = [];
        }

        return new(titleText, shared, exercises, isList);
    }

    private static Section Open(List<Section> sections, SectionKind kind, bool headed)
    {
        var section = new Section(kind, [], headed);
        sections.Add(section);
        return section;
    }

    /// <summary>
    /// A heading's kind; a heading that names no kind holds steps when its text is instructions, else prose.
    /// A question outside a FAQ starts one, unless it names a section ("How to do the stretch?").
    /// </summary>
    private static SectionKind? KindOf(Block heading, List<Block> body)
    {
        if (SectionHeadings.Classify(heading.Text) is { } kind)
        {
            return kind;
        }

        if (heading.Kind == BlockKind.Question)
        {
            return SectionKind.Faq;
        }

        var content = Following(heading, body).ToList();
        var sentences = content.SelectMany(b => Sentences.Split(b.Text)).ToList();
        return content.Count > 0 && sentences.Count(Sentences.IsInstruction) * 2 >= sentences.Count ? SectionKind.Steps : null;
    }

    private static IEnumerable<Block> Following(Block heading, List<Block> body) =>
        body.SkipWhile(b => !ReferenceEquals(b, heading)).Skip(1).TakeWhile(b => b.Kind != BlockKind.Heading);

    /// <summary>
    /// Sub-headings that name exercises: headings of no known section kind, followed by instructions, and either
    /// named like an exercise ("... Stretch", "... Pose") or under a title that announces several.
    /// </summary>
    private static HashSet<Block> ExerciseHeadings(List<Block> body, string title)
    {
        var listTitle = ListTitle().IsMatch(title);
        var found = new HashSet<Block>(ReferenceEqualityComparer.Instance);
        var underVariations = false;
        foreach (var block in body.Where(b => b.Kind == BlockKind.Heading && Clean.Words(b.Text) <= 10))
        {
            if (SectionHeadings.Classify(block.Text) is { } kind)
            {
                // Sub-headings under "Variations" name variations of this exercise, not further exercises.
                underVariations = kind == SectionKind.Modifications;
                continue;
            }

            var hasInstructions = Following(block, body).SelectMany(b => Sentences.Split(b.Text)).Any(Sentences.IsInstruction);
            if (hasInstructions && !underVariations && (listTitle || ExerciseNoun().IsMatch(block.Text)))
            {
                found.Add(block);
            }
        }

        return found;
    }

    /// <summary>Two headings name the same thing when one is the other with words added ("... 101 Video Tutorial").</summary>
    private static bool SameName(string a, string b)
    {
        var x = Names.Key(a);
        var y = Names.Key(b);
        return x.Length > 0 && y.Length > 0 && (x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\b(?:stretches|exercises|poses|moves|drills|positions|ways|routine|list|best|top \d+|\d+ (?:\w+ )?(?:stretches|exercises|poses|moves))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ListTitle();

    [GeneratedRegex(@"\b(?:stretch|pose|asana|\w+asana|twist|lunge|rotation|roll|fold|bend|opener|squat|bridge|pigeon|butterfly|figure[- ]four|cobra|child'?s|cat|cow|release|circles?|reach|swing|drill|hold|raise|tilt|thread the needle)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExerciseNoun();
}
