using System.Text.Json.Nodes;
using Limber.Testing;
using Shouldly;

namespace Limber.Tests.Cli;

/// <summary><c>limber import</c>, <c>review</c> and drafts in the catalog, as a user runs them.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string content = Directory.CreateTempSubdirectory("limber-content-").FullName;

    public ImportCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(content, "exercises"));
        foreach (var file in Directory.EnumerateFiles(Repo.Exercises))
        {
            File.Copy(file, Path.Combine(content, "exercises", Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(content, recursive: true);

    private CliRun Run(params string[] args) => CliRun.With(new Dictionary<string, string> { ["LIMBER_CONTENT_DIR"] = content }, args);

    [Fact]
    public void Import_prints_one_draft_record_per_exercise_as_json()
    {
        var run = Run("import", Repo.Seed("003"), "--format", "json");

        run.ExitCode.ShouldBe(0, run.Error);
        var records = JsonNode.Parse(run.Out)!.AsArray();
        records.Select(r => (string)r!["id"]!).ShouldBe(["supine-internal-rotation-stretch", "prone-internal-rotation-stretch", "restorative-supta-virasana"]);
        records.ShouldAllBe(r => (double)r!["draft"]!["confidence"]!["steps"]! > 0);
        ((string)records[0]!["source"]!["file"]!).ShouldBe(Path.GetFileName(Repo.Seed("003")));
    }

    [Fact]
    public void A_saved_draft_is_checked_but_stays_out_of_the_catalog_until_accepted()
    {
        var article = Path.Combine(Repo.Root, "tests", "Limber.Content.Tests", "Import", "Cases", "wall-calf-stretch.txt");

        Run("import", article, "--save").Out.ShouldContain("Saved draft wall-calf-stretch");
        Run("validate").Out.ShouldContain("1 imported draft waiting for review");
        Run("list").Out.ShouldNotContain("wall-calf-stretch");
        Run("show", "wall-calf-stretch").ExitCode.ShouldBe(1);

        var review = Run("review", "wall-calf-stretch");
        review.ExitCode.ShouldBe(0, review.Error);
        review.Out.ShouldContain("Do three sets of 30-second holds on each leg"); // the draft's step and the article's line
        review.Out.ShouldContain("## How to do the wall calf stretch");          // the article beside it
        review.Out.ShouldContain("check");                                      // an unsure field is flagged

        Run("review", "wall-calf-stretch", "--accept").Out.ShouldContain("Accepted wall-calf-stretch");
        File.ReadAllText(Path.Combine(content, "exercises", "wall-calf-stretch.yaml")).ShouldNotContain("draft:");
        Run("validate").Out.ShouldContain($"{Repo.CatalogSize + 1} exercises checked, no problems");
        Run("list").Out.ShouldContain("wall-calf-stretch");
    }

    [Fact]
    public void Saving_again_leaves_an_existing_file_alone()
    {
        var article = Path.Combine(Repo.Root, "tests", "Limber.Content.Tests", "Import", "Cases", "cat-cow.txt");
        Run("import", article, "--save");
        var path = Path.Combine(content, "exercises", "cat-cow.yaml");
        File.AppendAllText(path, "# my edit\n");

        var again = Run("import", article, "--save");

        again.ExitCode.ShouldBe(1);
        again.Error.ShouldContain("exists; left it as it is");
        File.ReadAllText(path).ShouldEndWith("# my edit\n");
    }

    [Fact]
    public void A_broken_draft_names_file_line_and_problem_and_cannot_be_accepted()
    {
        File.WriteAllText(Path.Combine(content, "exercises", "bad-draft.yaml"),
            "id: bad-draft\nname: Bad\nlaterality: sideways\nsteps: [Lie down.]\nsource: { title: T }\ndraft: { article: a.txt }\n");

        var run = Run("review", "bad-draft", "--accept");

        run.ExitCode.ShouldBe(1);
        run.Out.ShouldContain("bad-draft.yaml:3:");
        run.Error.ShouldContain("fix the 1 problem above");
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("Town council news\n\nThe council met on Tuesday to discuss parking.\n", "no exercise found")]
    public void An_unusable_article_gives_one_line_and_exit_1(string text, string message)
    {
        var path = Path.Combine(content, "article.txt");
        File.WriteAllText(path, text);

        var run = Run("import", path);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldStartWith($"limber: {path}: ");
        run.Error.ShouldContain(message);
        run.Error.Trim().Split('\n').Length.ShouldBe(1);
    }

    [Fact]
    public void Score_reports_every_field_for_the_test_articles()
    {
        var run = Run("import", "--score", Path.Combine(Repo.Root, "tests", "Limber.Content.Tests", "Import", "Cases"));

        run.ExitCode.ShouldBe(0, run.Out);
        run.Out.ShouldContain("holdSeconds");
        run.Out.ShouldContain("15 articles, 19 exercises; lowest field 100.0 %");
    }
}
