using Limber.Exercises;
using Shouldly;

namespace Limber.Core.Tests.Exercises;

public sealed class DosageTests
{
    [Fact]
    public void Timed_holds_per_side_read_in_plain_words()
    {
        var dose = new Dosage(new HoldDose.Seconds(new DoseRange(30, 60)), Reps: DoseRange.Exactly(3), PerSide: true);
        dose.Describe().ShouldBe("hold 30 to 60 seconds, 3 times on each side");
    }

    [Fact]
    public void Breath_holds_read_in_breaths() =>
        new Dosage(new HoldDose.Breaths(new DoseRange(5, 10))).Describe().ShouldBe("hold 5 to 10 breaths");

    [Fact]
    public void A_dose_given_only_in_words_keeps_the_words()
    {
        var dose = new Dosage(Note: "a few seconds");
        dose.Describe().ShouldBe("a few seconds");
        dose.DescribeBriefly().ShouldBe("a few seconds");
    }

    [Fact]
    public void The_brief_form_leaves_the_note_out_when_there_are_numbers()
    {
        var dose = new Dosage(new HoldDose.Breaths(new DoseRange(1, 2)), Note: "a smooth breath or two");
        dose.Describe().ShouldBe("hold 1 to 2 breaths (a smooth breath or two)");
        dose.DescribeBriefly().ShouldBe("hold 1 to 2 breaths");
    }

    [Fact]
    public void No_dose_at_all_says_so() =>
        Dosage.Unstated.Describe().ShouldBe("no dose given in the source");
}
