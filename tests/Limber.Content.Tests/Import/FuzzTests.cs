using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Limber.Content.Import;
using Limber.Exercises;
using Limber.Testing;
using Shouldly;

namespace Limber.Content.Tests.Import;

/// <summary>
/// Random and mutated articles through the whole pipeline, a bounded number of each: the importer either gives
/// records that hold together or a clear ImportException, and never lets markup into a field.
/// </summary>
public sealed class FuzzTests
{
    private static readonly string[] Seeds = [.. "000 001 002 003 004".Split(' ').Select(Repo.SeedText)];

    private static readonly string[] Splices =
    [
        "<script>alert(1)</script>", "<p>", "</li>", "\0", "\uFFFD", "1. ", "- ", "Q: ", "?\n", "\n\n", "Instructions\n",
        "Frequently Asked Questions\n", "Hold for 30 to 60 seconds", "(", ")", "\"", "Copyright 2020", "<h2>Tips</h2>", "🙂",
        new string('x', 3000), "Step 1:", "e.g. ", "...", "<!--", "]]>", "&amp;", "\t\t",
    ];

    [Property(MaxTest = 400)]
    public bool Random_text_never_crashes_the_importer(string text) => Survives(text ?? "");

    [Property(MaxTest = 300)]
    public Property Mutated_articles_never_crash_the_importer()
    {
        var mutations =
            from seed in Gen.Elements(Seeds)
            from cuts in Gen.Choose(1, 6).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 1_000_000), n))
            from splices in Gen.ArrayOf(Gen.Elements(Splices), cuts.Length)
            from html in Gen.Elements(true, false)
            select Mutate(seed, cuts, splices, html);

        return Prop.ForAll(mutations.ToArbitrary(), Survives);
    }

    private static string Mutate(string seed, int[] cuts, string[] splices, bool html)
    {
        var text = seed;
        for (var i = 0; i < cuts.Length; i++)
        {
            var at = cuts[i] % (text.Length + 1);
            text = i % 2 == 0 ? text.Insert(at, splices[i]) : text.Remove(at, Math.Min(text.Length - at, cuts[i] % 200));
        }

        return html ? $"<html><body><article>{text.Replace("\n\n", "</p><p>", StringComparison.Ordinal)}</article></body></html>" : text;
    }

    private static bool Survives(string text)
    {
        ImportResult result;
        try
        {
            result = ArticleImporter.Import(ArticleText.FromString(text), "fuzz.txt");
        }
        catch (ImportException e)
        {
            e.Message.ShouldNotBeNullOrWhiteSpace();
            return true;
        }

        foreach (var e in result.Drafts.Select(d => d.Exercise))
        {
            ExerciseId.IsValid(e.Id.Value).ShouldBeTrue();
            e.Steps.ShouldNotBeEmpty();
            e.Name.ShouldNotBeNullOrWhiteSpace();
            var fields = e.Steps.Concat(e.Mistakes).Concat(e.Tips).Concat(e.Safety).Concat(e.Benefits).Concat(e.Breathing)
                .Concat(e.Faq.SelectMany(f => new[] { f.Question, f.Answer })).Append(e.Name);
            fields.ShouldAllBe(f => f.Length > 0 && !f.Contains("<script", StringComparison.OrdinalIgnoreCase) && !f.Contains('\0'));
        }

        return true;
    }
}
