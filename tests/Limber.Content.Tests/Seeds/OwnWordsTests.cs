using System.Text.RegularExpressions;
using Limber.Content.Files;
using Limber.Exercises;
using Limber.Testing;
using Shouldly;

namespace Limber.Content.Tests.Seeds;

/// <summary>Facts carry over from the articles; their sentences do not.</summary>
public sealed partial class OwnWordsTests
{
    private const int RunLength = 8;

    [Fact]
    public void No_record_repeats_eight_words_in_a_row_from_any_article()
    {
        var articleRuns = Directory.EnumerateFiles(Path.Combine(Repo.Shared, "seeds"))
            .SelectMany(f => Runs(File.ReadAllText(f)))
            .ToHashSet();

        var copied = CatalogFolder.Load(Repo.Exercises).Catalog.Exercises
            .SelectMany(e => Prose(e).SelectMany(text => Runs(text).Where(articleRuns.Contains).Select(run => $"{e.Id}: \"{run}\"")))
            .ToList();

        copied.ShouldBeEmpty();
    }

    [Fact]
    public void The_check_does_catch_a_copied_sentence()
    {
        var sentence = new Article(Repo.SeedText("002")).Items("Tips & Tricks", null)[0];
        var articleRuns = Runs(Repo.SeedText("002")).ToHashSet();
        Runs(sentence).Any(articleRuns.Contains).ShouldBeTrue();
    }

    /// <summary>Everything written in prose; names, ids and titles are the article's by nature.</summary>
    private static IEnumerable<string> Prose(Exercise e) =>
        new[] { e.Summary ?? "", e.Dosage.Note ?? "" }
            .Concat(e.Steps).Concat(e.Breathing).Concat(e.Mistakes).Concat(e.Tips).Concat(e.Benefits).Concat(e.Safety)
            .Concat(e.Faq.SelectMany(f => new[] { f.Question, f.Answer }))
            .Concat(e.Modifications.Select(m => m.Description ?? ""));

    private static IEnumerable<string> Runs(string text)
    {
        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToArray();
        for (var i = 0; i + RunLength <= words.Length; i++)
        {
            yield return string.Join(' ', words[i..(i + RunLength)]);
        }
    }

    [GeneratedRegex("[a-z0-9]+")]
    private static partial Regex Word();
}
