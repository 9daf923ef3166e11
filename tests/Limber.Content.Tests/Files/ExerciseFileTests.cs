using Limber.Content.Files;
using Limber.Exercises;
using Shouldly;

namespace Limber.Content.Tests.Files;

public sealed class ExerciseFileTests
{
    private const string Valid = """
        id: sample-stretch
        name: Sample Stretch
        position: supine
        laterality: unilateral
        kind: static
        partner: false
        dosage:
          holdSeconds: { min: 30, max: 60 }
          reps: { min: 3, max: 3 }
          perSide: true
        steps:
          - Lie down.
          - Stretch.
        source:
          title: A test article
        """;

    private static IReadOnlyList<ContentProblem> Problems(string yaml, string file = "sample-stretch.yaml") =>
        ExerciseFile.Read(yaml, file).Problems;

    [Fact]
    public void A_valid_file_reads_into_an_exercise()
    {
        var (exercise, problems) = ExerciseFile.Read(Valid, "sample-stretch.yaml");
        problems.ShouldBeEmpty();
        exercise!.Dosage.Describe().ShouldBe("hold 30 to 60 seconds, 3 times on each side");
        exercise.Position.ShouldBe(Position.Supine);
    }

    [Fact]
    public void An_unknown_enum_value_names_the_line_and_the_choices()
    {
        var problem = Problems(Valid.Replace("position: supine", "position: upside-down")).ShouldHaveSingleItem();
        problem.Line.ShouldBe(3);
        problem.Message.ShouldContain("unknown position 'upside-down'");
        problem.Message.ShouldContain("side-lying");
    }

    [Fact]
    public void Step_roles_read_one_per_step()
    {
        var (exercise, problems) = ExerciseFile.Read(Valid.Replace("source:", "stepRoles: [setup, hold]\nsource:"), "sample-stretch.yaml");
        problems.ShouldBeEmpty();
        exercise!.StepRoles.ShouldBe([StepRole.Setup, StepRole.Hold]);
        exercise.StepsFor(StepRole.Hold).ShouldBe(["Stretch."]);
    }

    [Fact]
    public void Step_roles_of_another_length_than_the_steps_name_the_line()
    {
        var problem = Problems(Valid.Replace("source:", "stepRoles: [setup]\nsource:")).ShouldHaveSingleItem();
        problem.Line.ShouldBe(14);
        problem.Message.ShouldContain("1 role for 2 steps");
    }

    [Fact]
    public void An_unknown_step_role_names_the_line_and_the_choices()
    {
        var problem = Problems(Valid.Replace("source:", "stepRoles: [setup, stretch]\nsource:")).ShouldHaveSingleItem();
        problem.Line.ShouldBe(14);
        problem.Message.ShouldContain("unknown step role 'stretch'");
        problem.Message.ShouldContain("release");
    }

    [Fact]
    public void A_minimum_above_the_maximum_is_reported()
    {
        var problem = Problems(Valid.Replace("{ min: 30, max: 60 }", "{ min: 60, max: 30 }")).ShouldHaveSingleItem();
        problem.Line.ShouldBe(8);
        problem.Message.ShouldBe("'holdSeconds' has min 60 above max 30");
    }

    [Theory]
    [InlineData("name: Sample Stretch\n", "missing required field 'name'")]
    [InlineData("laterality: unilateral\n", "missing required field 'laterality'")]
    [InlineData("steps:\n  - Lie down.\n  - Stretch.\n", "missing required field 'steps'")]
    [InlineData("source:\n  title: A test article", "missing required field 'source'")]
    public void A_missing_required_field_is_reported(string removed, string message) =>
        Problems(Valid.Replace(removed, "")).ShouldContain(p => p.Message.StartsWith(message, StringComparison.Ordinal));

    [Fact]
    public void Malformed_yaml_names_the_line()
    {
        var problem = Problems(Valid.Replace("  - Stretch.", "  - Stretch.\n   bad: [unclosed")).ShouldHaveSingleItem();
        problem.Message.ShouldStartWith("malformed YAML");
        problem.Line.ShouldBeInRange(13, 15);
    }

    [Fact]
    public void A_misspelt_field_is_reported_rather_than_ignored()
    {
        var problem = Problems(Valid + "\nmistake:\n  - Rushing.").ShouldHaveSingleItem();
        problem.Message.ShouldStartWith("unknown field 'mistake'");
        problem.Line.ShouldBe(16);
    }

    [Fact]
    public void An_unknown_target_points_to_the_vocabulary()
    {
        var problem = Problems(Valid + "\nprimaryTargets: [glutes, piriformis]").ShouldHaveSingleItem();
        problem.Message.ShouldContain("unknown target 'piriformis'");
        problem.Message.ShouldContain("docs/targets.md");
    }

    [Fact]
    public void A_hold_in_both_seconds_and_breaths_is_refused() =>
        Problems(Valid.Replace("  reps:", "  holdBreaths: { min: 5, max: 10 }\n  reps:"))
            .ShouldHaveSingleItem().Message.ShouldContain("not both");

    [Fact]
    public void The_id_must_match_the_file_name() =>
        Problems(Valid, "other-name.yaml").ShouldHaveSingleItem().Message.ShouldContain("does not match the file name");

    [Fact]
    public void The_id_may_be_left_to_the_file_name()
    {
        var (exercise, problems) = ExerciseFile.Read(Valid.Replace("id: sample-stretch\n", ""), "sample-stretch.yaml");
        problems.ShouldBeEmpty();
        exercise!.Id.Value.ShouldBe("sample-stretch");
    }

    [Fact]
    public void Every_problem_in_a_file_is_listed_not_just_the_first() =>
        Problems(Valid.Replace("position: supine", "position: floating").Replace("laterality: unilateral", "laterality: sideways"))
            .Count.ShouldBe(2);

    [Fact]
    public void An_empty_file_is_a_problem() =>
        Problems("").ShouldHaveSingleItem().Message.ShouldBe("the file is empty");

    [Fact]
    public void Kind_and_partner_are_read()
    {
        var (exercise, problems) = ExerciseFile.Read(Valid.Replace("kind: static", "kind: dynamic").Replace("reps: { min: 3, max: 3 }", "reps: { min: 10, max: 20 }"), "sample-stretch.yaml");
        problems.ShouldBeEmpty();
        exercise!.Kind.ShouldBe(ExerciseKind.Dynamic);
        exercise.Partner.ShouldBe(false);
    }

    [Theory]
    [InlineData("kind: static\n", "missing 'kind'")]
    [InlineData("partner: false\n", "missing 'partner'")]
    public void A_catalog_record_says_its_kind_and_whether_it_needs_a_partner(string removed, string message) =>
        Problems(Valid.Replace(removed, "")).ShouldHaveSingleItem().Message.ShouldContain(message);

    [Fact]
    public void Steps_with_a_partner_need_partner_true()
    {
        var problem = Problems(Valid.Replace("- Stretch.", "- Have your partner hold your knees.")).ShouldHaveSingleItem();
        problem.Message.ShouldContain("partner: true");
        problem.Line.ShouldBe(6);
        Problems(Valid.Replace("- Stretch.", "- Have your partner hold your knees.").Replace("partner: false", "partner: true")).ShouldBeEmpty();
    }

    [Fact]
    public void A_static_stretch_counted_in_repetitions_needs_a_hold()
    {
        var counted = Valid.Replace("  holdSeconds: { min: 30, max: 60 }\n", "");
        Problems(counted).ShouldHaveSingleItem().Message.ShouldContain("needs a hold");
        Problems(counted.Replace("kind: static", "kind: dynamic")).ShouldBeEmpty();
    }
}
