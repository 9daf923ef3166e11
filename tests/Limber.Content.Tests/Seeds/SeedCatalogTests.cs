using Limber.Catalog;
using Limber.Content.Files;
using Limber.Exercises;
using Limber.Testing;
using Shouldly;

namespace Limber.Content.Tests.Seeds;

/// <summary>The catalog shipped in content/exercises, pinned to what the five seed articles say.</summary>
public sealed class SeedCatalogTests
{
    private static readonly CatalogLoad Load = CatalogFolder.Load(Repo.Exercises);

    private static ExerciseCatalog Catalog { get; } = new(Load.Catalog.Exercises.Where(Repo.IsSeed));

    private static Exercise Get(string id) => Catalog.Find(id) ?? throw new InvalidOperationException($"{id} missing");

    [Fact]
    public void The_seed_catalog_loads_without_problems() => Load.Problems.ShouldBeEmpty();

    [Fact]
    public void It_holds_the_seven_exercises_of_the_five_articles() =>
        Catalog.Exercises.Select(e => e.Id.Value).Order(StringComparer.Ordinal).ShouldBe(
        [
            "hip-crossover-stretch", "lying-cross-over-knee-pull-down-stretch", "lying-cross-over-lower-back-stretch",
            "prone-internal-rotation-stretch", "restorative-supta-virasana", "seated-hip-stretch-opposite-leg-behind",
            "supine-internal-rotation-stretch",
        ]);

    [Fact]
    public void Every_record_names_its_article_and_seed_file()
    {
        foreach (var e in Catalog.Exercises)
        {
            var file = Path.Combine(Repo.Shared, "seeds", e.Source.File!);
            File.Exists(file).ShouldBeTrue(e.Id.Value);
            File.ReadAllText(file).ShouldContain(e.Source.Title, Case.Insensitive, e.Id.Value);
        }
    }

    [Fact]
    public void Hip_crossover_holds_30_to_60_seconds_three_times_each_side()
    {
        var article = new Article(Repo.SeedText("000"));
        var (min, max) = article.Range(@"(?<min>\d+) to (?<max>\d+) seconds");
        var (reps, _) = article.Range(@"(?<min>\d+) times on each side");
        var e = Get("hip-crossover-stretch");

        e.Dosage.Hold.ShouldBe(new HoldDose.Seconds(new DoseRange(min, max)));
        e.Dosage.Reps.ShouldBe(new DoseRange(reps, reps));
        e.Dosage.PerSide.ShouldBe(true);
        (min, max, reps).ShouldBe((30, 60, 3));
        e.Mistakes.Count.ShouldBe(article.Items("Common Mistakes That You Should Avoid", null).Count);
        e.Mistakes.Count.ShouldBe(4);
        e.Steps.Count.ShouldBe(10); // the start position paragraph and the nine instruction paragraphs after it
        e.Breathing.ShouldHaveSingleItem();
        e.Benefits.Count.ShouldBe(3); // (i), (ii), (iii)
        (e.Position, e.Laterality).ShouldBe((Position.Supine, Laterality.Unilateral));
    }

    [Theory]
    [InlineData("hip-crossover-stretch", "000", "Cross your right ankle over your left knee")]
    [InlineData("supine-internal-rotation-stretch", "003", "Drop your right knee inward")]
    [InlineData("prone-internal-rotation-stretch", "003", "Lower your right foot outward")]
    public void One_sided_steps_name_the_side_their_article_describes(string id, string seed, string words)
    {
        Repo.SeedText(seed).ShouldContain(words);
        Get(id).StepsSide.ShouldBe(Limber.Sessions.Side.Right);
    }

    [Fact]
    public void Lying_cross_over_lower_back_keeps_the_articles_words_for_its_hold()
    {
        var article = new Article(Repo.SeedText("001"));
        var e = Get("lying-cross-over-lower-back-stretch");

        article.Text.ShouldContain("for a few seconds");
        e.Dosage.Hold.ShouldBeNull();
        e.Dosage.Reps.ShouldBeNull();
        e.Dosage.Note!.ShouldContain("a few seconds");
        e.Mistakes.Count.ShouldBe(article.Items("How Not to Perform", null).Count);
        e.Mistakes.Count.ShouldBe(10);
        // The "How to Perform" list has eight items; breathing, benefits and "no equipment" are not steps.
        article.Items("How to Perform", "How Not to Perform").Count(i => i.StartsWith("8.", StringComparison.Ordinal)).ShouldBe(2);
        e.Steps.Count.ShouldBe(5);
        e.Breathing.Count.ShouldBe(2);
        e.Faq.ShouldBeEmpty();
        e.PrimaryTargets.ShouldBe(["glutes"]);
        e.SecondaryTargets.ShouldBe(["lower-back"]);
    }

    [Fact]
    public void Knee_pull_down_has_every_instruction_tip_and_question_of_its_article()
    {
        var article = new Article(Repo.SeedText("002"));
        var e = Get("lying-cross-over-knee-pull-down-stretch");

        e.Steps.Count.ShouldBe(article.Items("Instructions", "Tips & Tricks").Count);
        e.Tips.Count.ShouldBe(article.Items("Tips & Tricks", "Frequently Asked Questions").Count);
        e.Faq.Count.ShouldBe(article.Questions("Frequently Asked Questions").Count);
        (e.Steps.Count, e.Tips.Count, e.Faq.Count, e.Mistakes.Count).ShouldBe((8, 8, 8, 3));
        article.Text.ShouldContain("A short, steady hold");
        e.Dosage.Hold.ShouldBeNull();
        e.Dosage.Note!.ShouldContain("short, steady hold");
        e.Modifications.ShouldContain(m => m.Name == "Smaller knee-cross angle" && m.Kind == ModificationKind.Regression);
        e.Level.ShouldBe(Level.Beginner);
        e.UseCases.ShouldBe([UseCase.WarmUp, UseCase.CoolDown, UseCase.Recovery, UseCase.Mobility, UseCase.AfterLowerBody, UseCase.AfterSitting]);
    }

    [Theory]
    [InlineData("supine-internal-rotation-stretch", Position.Supine, "Seated version")]
    [InlineData("prone-internal-rotation-stretch", Position.Prone, "Pillow or blanket under the hip bones")]
    public void Internal_rotation_stretches_alternate_for_a_slow_30_count_8_to_12_times(string id, Position position, string modification)
    {
        var article = new Article(Repo.SeedText("003"));
        var (hold, _) = article.Range(@"a slow, (?<min>\d+)-second count");
        var (min, max) = article.Range(@"back and forth slowly (between the legs )?(?<min>\w+) to (?<max>\d+) times");
        var e = Get(id);

        e.Dosage.Hold.ShouldBe(new HoldDose.Seconds(DoseRange.Exactly(hold)));
        e.Dosage.Reps.ShouldBe(new DoseRange(min, max));
        (hold, min, max).ShouldBe((30, 8, 12));
        e.Laterality.ShouldBe(Laterality.Alternating);
        e.Position.ShouldBe(position);
        e.Steps.Count.ShouldBe(8);
        e.Modifications.ShouldHaveSingleItem().Name.ShouldBe(modification);
    }

    [Fact]
    public void Reclined_hero_is_one_two_sided_hold_of_5_to_10_deep_breaths()
    {
        var article = new Article(Repo.SeedText("003"));
        var (min, max) = article.Range(@"Hold for (?<min>\w+) to (?<max>\d+) deep breaths");
        var e = Get("restorative-supta-virasana");

        e.Dosage.Hold.ShouldBe(new HoldDose.Breaths(new DoseRange(min, max)));
        (min, max).ShouldBe((5, 10));
        e.Laterality.ShouldBe(Laterality.Bilateral);
        e.Aliases.ShouldBe(["Reclined Hero Pose"]);
        e.Equipment.ShouldBe(["bolster", "blanket", "pillow"]);
        e.Modifications.Select(m => m.Name).ShouldContain("Half reclining hero");
        e.Steps.Count.ShouldBe(7);
    }

    [Fact]
    public void Seated_hip_stretch_holds_a_breath_or_two_with_every_instruction_tip_and_question()
    {
        var article = new Article(Repo.SeedText("004"));
        var e = Get("seated-hip-stretch-opposite-leg-behind");

        article.Text.ShouldContain("a smooth breath or two");
        e.Dosage.Hold.ShouldBe(new HoldDose.Breaths(new DoseRange(1, 2)));
        e.Dosage.Note.ShouldBe("a smooth breath or two");
        e.Steps.Count.ShouldBe(article.Items("Instructions", "Tips & Tricks").Count);
        e.Tips.Count.ShouldBe(article.Items("Tips & Tricks", "Frequently Asked Questions").Count);
        e.Faq.Count.ShouldBe(article.Questions("Frequently Asked Questions").Count);
        (e.Steps.Count, e.Tips.Count, e.Faq.Count).ShouldBe((8, 8, 8));
        e.Modifications.Select(m => m.Name).ShouldBe(["Shorter stance", "More upright torso", "Strap around the foot", "Soft front knee"]);
        e.Equipment.ShouldNotContain("strap"); // only the FAQ's fallback for a foot out of reach uses one
        e.Modifications.Single(m => m.Name == "Strap around the foot").Equipment.ShouldBe(["strap"]);
    }

    [Fact]
    public void Articles_that_name_stop_signs_keep_them()
    {
        Get("lying-cross-over-knee-pull-down-stretch").Safety.ShouldContain(s => s.Contains("pinch", StringComparison.OrdinalIgnoreCase));
        Get("seated-hip-stretch-opposite-leg-behind").Safety.ShouldContain(s => s.Contains("sharp knee pain", StringComparison.OrdinalIgnoreCase));
        Get("lying-cross-over-lower-back-stretch").Safety.ShouldContain(s => s.Contains("pain", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Related_ids_point_both_ways_where_it_makes_sense() =>
        Get("supine-internal-rotation-stretch").Related.Variations.ShouldContain(new ExerciseId("prone-internal-rotation-stretch"));
}
