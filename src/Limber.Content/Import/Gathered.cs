using Limber.Exercises;

namespace Limber.Content.Import;

/// <summary>What the section readers collect for one exercise, before it becomes a record. Lists keep the article's order.</summary>
internal sealed class Gathered
{
    public List<string> Steps { get; } = [];

    public List<string> Breathing { get; } = [];

    public List<string> Mistakes { get; } = [];

    public List<string> Tips { get; } = [];

    public List<string> Benefits { get; } = [];

    public List<string> Safety { get; } = [];

    public List<Modification> Modifications { get; } = [];

    public List<FaqEntry> Faq { get; } = [];

    /// <summary>Sentences from a section about the dose ("How long to hold"), read before the steps.</summary>
    public List<string> DoseText { get; } = [];

    /// <summary>Prose about the exercise (introduction, benefits, answers), read for targets, props and uses.</summary>
    public List<string> About { get; } = [];

    public List<string> NamedTargets { get; } = [];

    public List<string> NamedSecondaryTargets { get; } = [];

    public List<string> EquipmentText { get; } = [];

    public List<string> LevelText { get; } = [];

    public List<string> IntroParagraphs { get; } = [];

    /// <summary>Items and sentences from the introduction that read as instructions: the steps when no section has any.</summary>
    public List<string> IntroInstructions { get; } = [];

    /// <summary>A list of instructions in the introduction: the steps before loose instruction sentences are.</summary>
    public List<string> IntroSteps { get; } = [];

    public List<string> IntroItems { get; } = [];

    public bool StepsFromList { get; set; }

    public bool BodyWeightOnly { get; set; }
}
