using System.Text.RegularExpressions;
using Limber.Exercises;

namespace Limber.Content.Import;

/// <summary>
/// Reads each section into the fields its kind feeds. A list section is its items: prose after a list is not part
/// of it (pages follow a list with boilerplate). A section without items is read sentence by sentence.
/// </summary>
internal static partial class SectionReader
{
    public static void Read(Section section, Gathered into)
    {
        switch (section.Kind)
        {
            case SectionKind.Steps:
                Steps(section, into);
                break;
            case SectionKind.Mistakes:
                into.Mistakes.AddRange(Entries(section));
                break;
            case SectionKind.Tips:
                into.Tips.AddRange(Entries(section));
                break;
            case SectionKind.Benefits:
                into.Benefits.AddRange(Entries(section));
                into.About.AddRange(Entries(section));
                break;
            case SectionKind.Safety:
                // "If you cannot reach your foot, loop a strap around it" is an option, not a stop sign.
                into.Safety.AddRange(Entries(section).Where(e => !Cues.IsModification(e)));
                into.Modifications.AddRange(Entries(section).Where(Cues.IsModification).Select(ModificationOf));
                break;
            case SectionKind.Breathing:
                into.Breathing.AddRange(Entries(section));
                break;
            case SectionKind.Modifications:
                into.Modifications.AddRange(Entries(section).Select(ModificationOf));
                break;
            case SectionKind.Faq:
                Faq(section, into);
                break;
            case SectionKind.Dose:
                into.DoseText.AddRange(Entries(section));
                break;
            case SectionKind.Targets:
                into.NamedTargets.AddRange(section.Blocks.Select(b => b.Text));
                break;
            case SectionKind.SecondaryTargets:
                into.NamedSecondaryTargets.AddRange(section.Blocks.Select(b => b.Text));
                break;
            case SectionKind.Equipment:
                into.EquipmentText.AddRange(section.Blocks.Select(b => b.Text));
                into.BodyWeightOnly |= section.Blocks.Count > 0 && section.Blocks.All(b => Cues.SaysBodyWeightOnly(b.Text));
                break;
            case SectionKind.Level:
                into.LevelText.AddRange(section.Blocks.Select(b => b.Text));
                break;
            case SectionKind.UseCases:
                into.About.AddRange(Entries(section));
                break;
            case SectionKind.Intro:
                Intro(section, into);
                break;
            case SectionKind.Ignored:
                break;
        }
    }

    private static void Intro(Section section, Gathered into)
    {
        // A list whose items are mostly instructions ("Step 1: Come onto your hands and knees") is a list of steps.
        var stepLists = section.Blocks.Where(b => b.Kind == BlockKind.Item).GroupBy(b => b.List)
            .Where(list => list.Count(i => Sentences.IsInstruction(Unlabelled(i.Text))) * 2 >= list.Count())
            .Select(list => list.Key).ToHashSet();
        foreach (var block in section.Blocks)
        {
            if (block.Kind == BlockKind.Item)
            {
                if (stepLists.Contains(block.List))
                {
                    into.IntroSteps.Add(Unlabelled(block.Text));
                }
                else
                {
                    into.IntroItems.Add(block.Text);
                    into.About.AddRange(Sentences.Split(block.Text));
                }

                continue;
            }

            into.IntroParagraphs.Add(block.Text);
            foreach (var sentence in Sentences.Split(block.Text))
            {
                into.About.Add(sentence);
                if (Sentences.IsInstruction(sentence) && !Cues.IsModification(sentence))
                {
                    into.IntroInstructions.Add(sentence);
                }
            }
        }
    }

    /// <summary>
    /// Steps are the first list's items, or the prose sentence by sentence. Labelled items go where their label says
    /// ("Breathing: ...", "Benefits: ..."); a second list with no heading of its own is read as tips.
    /// </summary>
    private static void Steps(Section section, Gathered into)
    {
        var items = section.Blocks.Where(b => b.Kind == BlockKind.Item).ToList();
        if (items.Count >= 2)
        {
            var firstList = items[0].List;
            foreach (var paragraph in section.Blocks.TakeWhile(b => b.Kind != BlockKind.Item))
            {
                Prose(paragraph.Text, into, instructionsOnly: true);
            }

            foreach (var item in items)
            {
                if (item.List != firstList && into.Steps.Count > 0)
                {
                    into.Tips.Add(Unlabelled(item.Text));
                    continue;
                }

                StepItem(item.Text, into);
            }

            into.StepsFromList = true;
            return;
        }

        foreach (var block in section.Blocks)
        {
            Prose(block.Text, into, instructionsOnly: false);
        }
    }

    private static void StepItem(string text, Gathered into)
    {
        var label = Label().Match(text);
        var kind = label.Success ? SectionHeadings.Classify(label.Groups["label"].Value) : null;
        var rest = label.Success ? label.Groups["rest"].Value : text;
        switch (kind)
        {
            case SectionKind.Breathing:
                into.Breathing.Add(rest);
                break;
            case SectionKind.Benefits:
                into.Benefits.Add(rest);
                into.About.AddRange(Sentences.Split(rest));
                break;
            case SectionKind.Equipment:
                into.EquipmentText.Add(rest);
                into.BodyWeightOnly |= Cues.SaysBodyWeightOnly(label.Value);
                break;
            case SectionKind.Tips:
                into.Tips.Add(rest);
                break;
            case SectionKind.Safety:
                into.Safety.Add(rest);
                break;
            case SectionKind.Modifications:
                into.Modifications.Add(ModificationOf(text));
                break;
            default:
                into.Steps.Add(rest);
                break;
        }
    }

    /// <summary>Prose steps mix in breathing cues and easier or harder options; each sentence goes where it belongs.</summary>
    private static void Prose(string paragraph, Gathered into, bool instructionsOnly)
    {
        foreach (var sentence in Sentences.Split(paragraph))
        {
            if (Cues.IsStartMarker(sentence))
            {
                continue;
            }

            if (Cues.IsBreathing(sentence))
            {
                into.Breathing.Add(sentence);
            }
            else if (Cues.IsModification(sentence))
            {
                into.Modifications.Add(ModificationOf(sentence));
            }
            else if (!instructionsOnly || Sentences.IsInstruction(sentence))
            {
                into.Steps.Add(sentence);
            }
        }
    }

    private static void Faq(Section section, Gathered into)
    {
        string? question = null;
        var answer = new List<string>();
        void Flush()
        {
            if (question is not null && answer.Count > 0)
            {
                into.Faq.Add(new FaqEntry(question, string.Join(" ", answer)));
            }

            answer.Clear();
        }

        foreach (var block in section.Blocks)
        {
            if (block.Kind == BlockKind.Question || (block.Text.EndsWith('?') && Clean.Words(block.Text) <= 30))
            {
                Flush();
                question = block.Text;
            }
            else if (question is not null)
            {
                answer.Add(block.Text);
            }
        }

        Flush();
    }

    /// <summary>Items when the section has a list, else its sentences.</summary>
    private static List<string> Entries(Section section)
    {
        var items = section.Blocks.Where(b => b.Kind == BlockKind.Item).Select(b => b.Text).ToList();
        return items.Count > 0 ? items : section.Blocks.SelectMany(b => Sentences.Split(b.Text)).ToList();
    }

    private static string Unlabelled(string text) => Label().Match(text) is { Success: true } m ? m.Groups["rest"].Value : text;

    /// <summary>A modification named by its label or quoted name, else by the start of what it says to do.</summary>
    internal static Modification ModificationOf(string text)
    {
        var label = Label().Match(text);
        var quoted = Quoted().Match(text);
        var name = label.Success ? label.Groups["label"].Value
            : quoted.Success ? quoted.Groups[1].Value
            : ShortName(text);
        var description = label.Success ? label.Groups["rest"].Value : text;
        return new Modification(char.ToUpperInvariant(name[0]) + name[1..], description, Cues.KindOf(text));
    }

    private static string ShortName(string text)
    {
        var clause = text.StartsWith("If ", StringComparison.OrdinalIgnoreCase) && text.IndexOf(',', StringComparison.Ordinal) is > 0 and var comma
            ? text[(comma + 1)..].Trim()
            : text;
        var words = clause.TrimEnd('.').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Take(8)) + (words.Length > 8 ? "..." : "");
    }

    [GeneratedRegex(@"^(?<label>[A-Z][\w'’-]*(?:\s+[\w'’&/-]+){0,4})\s*:\s+(?<rest>\S.*)$")]
    private static partial Regex Label();

    [GeneratedRegex(@"""([^""]{3,40})""")]
    private static partial Regex Quoted();
}
