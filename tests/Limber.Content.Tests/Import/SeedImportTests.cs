using Limber.Content.Import;
using Limber.Exercises;
using Limber.Testing;
using Shouldly;

namespace Limber.Content.Tests.Import;

/// <summary>What the importer makes of the seed articles, pinned to what the articles say.</summary>
public sealed class SeedImportTests
{
    private static ImportResult Import(string prefix) => ArticleImporter.ImportFile(Repo.Seed(prefix));

    [Fact]
    public void The_hip_crossover_keeps_its_dose_its_steps_in_order_and_its_four_mistakes()
    {
        var e = Import("000").Drafts.Single().Exercise;

        e.Dosage.Hold.ShouldBe(new HoldDose.Seconds(new DoseRange(30, 60)));
        e.Dosage.Reps.ShouldBe(DoseRange.Exactly(3));
        e.Dosage.PerSide.ShouldBe(true);
        e.Steps[0].ShouldStartWith("Lie down face up on an exercise mat");
        e.Steps.ShouldContain(s => s.StartsWith("Hold this position for 30 to 60 seconds", StringComparison.Ordinal));
        e.Steps.ShouldNotContain(s => s.StartsWith("This is your start position", StringComparison.Ordinal));
        e.Breathing.ShouldBe(["Remember to continue breathing normally."]);
        e.Mistakes[^1].ShouldBe("Don't hold your breath.");
        e.Benefits.Count.ShouldBe(3);
        e.Source.File.ShouldBe(Path.GetFileName(Repo.Seed("000")));
    }

    [Fact]
    public void A_list_article_yields_one_record_per_exercise_with_the_other_name_as_an_alias()
    {
        var drafts = Import("003").Drafts.Select(d => d.Exercise).ToList();

        drafts.Select(d => d.Id.Value).ShouldBe(["supine-internal-rotation-stretch", "prone-internal-rotation-stretch", "restorative-supta-virasana"]);
        drafts[2].Aliases.ShouldBe(["Reclined Hero Pose"]);
        drafts[2].Dosage.Hold.ShouldBe(new HoldDose.Breaths(new DoseRange(5, 10)));
        drafts[1].Modifications.Single().Description.ShouldNotBeNull().ShouldContain("small pillow or blanket");
        drafts[0].Laterality.ShouldBe(Laterality.Alternating);
        drafts.ShouldAllBe(d => d.Source.Title == "List of the Best Internal Hip Rotation Stretches");
    }

    [Fact]
    public void A_dose_given_only_in_words_stays_null_with_the_words_in_the_note()
    {
        var e = Import("001").Drafts.Single().Exercise;

        e.Dosage.Hold.ShouldBeNull();
        e.Dosage.Reps.ShouldBeNull();
        e.Dosage.Note.ShouldNotBeNull().ShouldContain("a few seconds");
    }

    [Fact]
    public void Labelled_items_go_to_the_field_their_label_names()
    {
        var e = Import("001").Drafts.Single().Exercise;

        e.Steps.Count.ShouldBe(5);
        e.Steps[1].ShouldStartWith("Lift one leg straight up");
        e.Breathing.ShouldHaveSingleItem().ShouldStartWith("Throughout the exercise");
        e.Benefits.ShouldContain(b => b.StartsWith("This stretch targets the glute muscles", StringComparison.Ordinal));
        e.Mistakes.Count.ShouldBe(10);
    }

    [Fact]
    public void Faq_pairs_keep_each_question_with_its_answer()
    {
        var e = Import("002").Drafts.Single().Exercise;

        e.Faq.Count.ShouldBe(8);
        e.Faq[2].Question.ShouldBe("Should the crossed knee touch the floor?");
        e.Faq[2].Answer.ShouldStartWith("Not necessarily.");
        e.UseCases.ShouldContain(UseCase.AfterLowerBody);
        e.Safety.ShouldContain(s => s.Contains("pinch", StringComparison.Ordinal));
    }

    [Fact]
    public void Page_chrome_never_reaches_a_field()
    {
        foreach (var article in Cases.All)
        {
            foreach (var draft in ArticleImporter.ImportFile(article.Article).Drafts)
            {
                var text = Limber.Content.Export.ExerciseJson.ToNode(draft.Exercise).ToJsonString();
                text.ShouldNotContain("Copyright", Case.Insensitive, article.Article);
                foreach (var chrome in new[] { "©", "Load Comments", "Credit:", "Advertisement", "top of page", "Privacy Policy", "Terms of Use", "newsletter", "Home Main", "Share this", "cookies", "<", "onclick", "alert(", "references & resources" })
                {
                    text.ShouldNotContain(chrome, Case.Insensitive, $"{article.Article}: {chrome}");
                }
            }
        }
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Every_seed_exercise_is_a_held_stretch_with_no_partner(string prefix) =>
        Import(prefix).Drafts.ShouldAllBe(d => d.Exercise.Kind == ExerciseKind.Static && d.Exercise.Partner == false);

    [Fact]
    public void Words_tell_a_roll_a_movement_a_strength_move_and_a_partner()
    {
        KindWords.Of("Piriformis-SMR", ["Sit on a foam roller."]).Kind.ShouldBe(ExerciseKind.Rolling);
        KindWords.Of("Standing Hip Circles", ["Make a big circle with your knee."]).Kind.ShouldBe(ExerciseKind.Dynamic);
        KindWords.Of("Superman", ["Lift your arms and legs and hold for 2 seconds."]).Kind.ShouldBe(ExerciseKind.Strength);
        KindWords.Of("Supine Internal Rotation Stretch", ["Hold your knee down for a slow 30-second count."]).Kind.ShouldBe(ExerciseKind.Static);
        KindWords.HasPartner(["Have your partner hold your knees."]).ShouldBeTrue();
        KindWords.HasPartner(["Lie on your back."]).ShouldBeFalse();
        KindWords.HasPartner(["You can do this without a partner."]).ShouldBeFalse();
        KindWords.Of("Low Lunge Hip Flexor Stretch", ["Step into a low lunge and hold for 30 seconds."]).Kind.ShouldBe(ExerciseKind.Static);
        KindWords.Of("Walking Lunges", ["Step forward into a lunge, then step through."]).Kind.ShouldBe(ExerciseKind.Strength);
    }
}
