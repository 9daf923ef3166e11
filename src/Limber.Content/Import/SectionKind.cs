namespace Limber.Content.Import;

/// <summary>What a part of an article holds, from its heading (or, without one, from where it sits).</summary>
internal enum SectionKind
{
    Intro,
    Steps,
    Mistakes,
    Tips,
    Faq,
    Benefits,
    Safety,
    Modifications,
    Breathing,
    Dose,
    Targets,
    SecondaryTargets,
    Equipment,
    Level,
    UseCases,
    Ignored,
}
