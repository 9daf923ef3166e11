using Limber.Content.Files;
using Limber.Planning;
using Limber.Sessions;
using Limber.Testing;
using Shouldly;

namespace Limber.Tests.Cli;

/// <summary><c>limber import-dataset</c> (free-exercise-db) and <c>limber import-records</c>, as a user runs them.</summary>
public sealed class DatasetTests : IDisposable
{
    private static readonly string Dataset = Path.Combine(Repo.Shared, "data", "free-exercise-db", "exercises.json");
    private readonly string content = Directory.CreateTempSubdirectory("limber-dataset-").FullName;

    public DatasetTests()
    {
        Directory.CreateDirectory(Exercises);
        foreach (var file in Directory.EnumerateFiles(Repo.Exercises, "*.yaml").Where(f => !File.ReadAllText(f).Contains("free-exercise-db", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(Exercises, Path.GetFileName(file)));
        }
    }

    private string Exercises => Path.Combine(content, "exercises");

    public void Dispose() => Directory.Delete(content, recursive: true);

    private CliRun Run(params string[] args) => CliRun.With(new Dictionary<string, string> { ["LIMBER_CONTENT_DIR"] = content }, args);

    private Dictionary<string, string> Files() => Directory.EnumerateFiles(Exercises).ToDictionary(f => Path.GetFileName(f), File.ReadAllText);

    [Fact]
    public void The_stretches_are_imported_with_source_licence_and_no_invented_dose()
    {
        var run = Run("import-dataset", "free-exercise-db", Dataset);
        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("123 stretches read");
        run.Out.ShouldContain("123 added");
        var catalog = CatalogFolder.Load(Exercises);
        catalog.Problems.ShouldBeEmpty();
        catalog.Catalog.Count.ShouldBe(130);

        // 90/90 Hamstring in the dataset: hamstrings (calves secondary), body only, beginner, and "hold for 10-20 seconds" in its steps.
        var hamstring = catalog.Catalog.Find("90-90-hamstring")!;
        hamstring.PrimaryTargets.ShouldBe(["hamstrings"]);
        hamstring.SecondaryTargets.ShouldBe(["calves"]);
        hamstring.Equipment.ShouldBeEmpty();
        hamstring.Level.ShouldBe(Limber.Exercises.Level.Beginner);
        hamstring.Source.License.ShouldBe("The Unlicense (public domain)");
        hamstring.Source.Url.ShouldBe("https://github.com/yuhonas/free-exercise-db");
        hamstring.Source.File.ShouldBe("exercises.json#90_90_Hamstring");

        var imported = catalog.Catalog.Exercises.Where(e => e.Source.Url == "https://github.com/yuhonas/free-exercise-db").ToList();
        imported.Count.ShouldBe(123);
        // Where the dataset states no dose, none is made up: the note says so and the player uses its default.
        imported.Where(e => e.Dosage.Hold is null && e.Dosage.Reps is null).ShouldAllBe(e => e.Dosage.Note == "free-exercise-db gives no hold time or count");
        imported.Count(e => e.Dosage.Hold == null).ShouldBeGreaterThan(0);
        imported.SelectMany(e => e.Targets).ShouldAllBe(t => Limber.Exercises.Targets.IsKnown(t));
    }

    [Fact]
    public void Importing_twice_changes_nothing()
    {
        Run("import-dataset", "free-exercise-db", Dataset).ExitCode.ShouldBe(0);
        var before = Files();
        var again = Run("import-dataset", "free-exercise-db", Path.GetDirectoryName(Dataset)!);
        again.ExitCode.ShouldBe(0, again.Error);
        again.Out.ShouldContain("0 added, 0 updated, 123 unchanged");
        Files().ShouldBe(before);
    }

    [Fact]
    public void A_record_edited_locally_is_kept_unless_forced()
    {
        Run("import-dataset", "free-exercise-db", Dataset);
        var path = Path.Combine(Exercises, "90-90-hamstring.yaml");
        var edited = File.ReadAllText(path).Replace("tips: []", "tips:\n- Keep the other leg long on the floor.", StringComparison.Ordinal);
        File.WriteAllText(path, edited);

        var kept = Run("import-dataset", "free-exercise-db", Dataset);
        kept.Out.ShouldContain("kept 1 file(s) edited since they were imported (--force overwrites them): 90-90-hamstring.yaml");
        File.ReadAllText(path).ShouldBe(edited);

        var forced = Run("import-dataset", "free-exercise-db", Dataset, "--force");
        forced.Out.ShouldContain("1 updated");
        File.ReadAllText(path).ShouldNotContain("Keep the other leg long");
    }

    [Fact]
    public void Names_already_in_the_catalog_are_not_duplicated_and_near_names_are_linked()
    {
        // A catalog exercise of our own with a dataset stretch's name (spelt differently).
        var own = File.ReadAllText(Path.Combine(Exercises, "hip-crossover-stretch.yaml"))
            .Replace("id: hip-crossover-stretch", "id: our-ninety-ninety", StringComparison.Ordinal)
            .Replace("name: Hip Crossover Stretch", "name: 90/90 hamstring", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(Exercises, "our-ninety-ninety.yaml"), own);

        var run = Run("import-dataset", "free-exercise-db", Dataset);
        run.Out.ShouldContain("not duplicated: 90/90 Hamstring is the catalog's our-ninety-ninety");
        File.Exists(Path.Combine(Exercises, "90-90-hamstring.yaml")).ShouldBeFalse();
        run.Out.ShouldContain("linked: Lying Crossover -> variation of lying-cross-over-");
        CatalogFolder.Load(Exercises).Catalog.Find("lying-crossover")!.Related.Variations.ShouldHaveSingleItem().Value.ShouldStartWith("lying-cross-over-");
    }

    [Fact]
    public void All_categories_come_with_all_and_a_wrong_file_is_one_line()
    {
        Run("import-dataset", "free-exercise-db", Dataset, "--all").Out.ShouldContain("873 exercises read");
        var wrong = Run("import-dataset", "free-exercise-db", Repo.Seed("000"));
        wrong.ExitCode.ShouldBe(1);
        wrong.Error.ShouldStartWith("limber: ");
        Run("import-dataset", "other-db", Dataset).Error.ShouldContain("unknown dataset 'other-db'");
    }

    [Fact]
    public void The_shipped_catalog_is_what_the_importer_makes()
    {
        // Importing into a copy of the repository's own catalog finds every record as it was written.
        foreach (var file in Directory.EnumerateFiles(Repo.Exercises))
        {
            File.Copy(file, Path.Combine(Exercises, Path.GetFileName(file)), overwrite: true);
        }

        Run("import-dataset", "free-exercise-db", Dataset).Out.ShouldContain("0 added, 0 updated, 123 unchanged");
    }

    [Fact]
    public void A_20_minute_hips_routine_from_the_full_catalog_plans_and_plays()
    {
        var catalog = CatalogFolder.Load(Repo.Exercises).Catalog;
        var (goals, _) = GoalFile.Load(Path.Combine(Repo.Root, "content"));
        var plan = new Planner(catalog).Plan(new PlanRequest(goals.Single(g => g.Id == "hips"), 20));
        plan.Items.ShouldContain(i => !Repo.IsSeed(i.Exercise)); // the dataset's stretches take part

        var timeline = TimelineBuilder.Build(plan.ToSessionItems(), SessionOptions.Default);
        timeline.TotalSeconds.ShouldBe(plan.TotalSeconds);
        timeline.TotalSeconds.ShouldBeInRange(18 * 60, 22 * 60);
        timeline.Segments.Zip(timeline.Segments.Skip(1)).ShouldAllBe(p => p.First.End == p.Second.Start);
        timeline.Segments.Where(s => s.Kind == SegmentKind.Hold).ShouldAllBe(s => s.Duration > 0);
        foreach (var exercise in plan.Items.Select(i => i.Exercise).Where(e => e.Dosage.Hold is null))
        {
            timeline.Notes.ShouldContain(n => n.Contains(exercise.Name, StringComparison.Ordinal)); // the default dose is said
        }
    }

    [Theory]
    [InlineData("json")]
    [InlineData("yaml")]
    public void Export_then_import_records_into_an_empty_catalog_then_export_again_is_identical(string format)
    {
        var first = Path.Combine(content, $"first.{format}");
        CliRun.Of("export", "--format", format, "--out", first).ExitCode.ShouldBe(0);

        var empty = Directory.CreateTempSubdirectory("limber-records-").FullName;
        try
        {
            var env = new Dictionary<string, string> { ["LIMBER_CONTENT_DIR"] = empty };
            var imported = CliRun.With(env, "import-records", first);
            imported.ExitCode.ShouldBe(0, imported.Error);
            imported.Out.ShouldContain($"{Repo.CatalogSize} record(s) written");
            var second = Path.Combine(content, $"second.{format}");
            CliRun.With(env, "export", "--format", format, "--out", second).ExitCode.ShouldBe(0);
            File.ReadAllText(second).ShouldBe(File.ReadAllText(first));
            CliRun.With(env, "import-records", first).ExitCode.ShouldBe(1); // never overwrites without --force
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }
}
