using Limber.Testing;
using System.Text.Json;
using Shouldly;

namespace Limber.Tests.Cli;

public sealed class ExportAndValidateTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("limber-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Export_writes_the_catalog_as_a_json_array()
    {
        var run = CliRun.Of("export", "--format", "json");
        run.ExitCode.ShouldBe(0);
        using var json = JsonDocument.Parse(run.Out);
        json.RootElement.GetArrayLength().ShouldBe(Repo.CatalogSize);
        json.RootElement[0].GetProperty("dosage").TryGetProperty("holdSeconds", out _).ShouldBeTrue();
    }

    [Fact]
    public void Export_to_a_file_writes_yaml_when_asked()
    {
        var path = Path.Combine(folder, "out", "catalog.yaml");
        var run = CliRun.Of("export", "--format", "yaml", "--out", path);
        run.ExitCode.ShouldBe(0);
        File.ReadAllText(path).ShouldStartWith("- id: ");
        run.Error.ShouldContain($"Wrote {Repo.CatalogSize} exercises");
    }

    [Fact]
    public void Export_refuses_an_unknown_format()
    {
        var run = CliRun.Of("export", "--format", "xml");
        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("xml");
    }

    [Fact]
    public void Validate_passes_the_shipped_catalog()
    {
        var run = CliRun.Of("validate");
        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain($"{Repo.CatalogSize} exercises checked, no problems");
    }

    [Fact]
    public void Validate_lists_every_problem_with_file_and_line_and_fails()
    {
        File.WriteAllText(Path.Combine(folder, "bent.yaml"), "id: bent\nname: Bent\nlaterality: twisted\nsteps: [Bend.]\nsource: { title: t }\n");
        File.WriteAllText(Path.Combine(folder, "broken.yaml"), "id: broken\nname: [unclosed\n");

        var run = CliRun.Of("validate", folder);

        run.ExitCode.ShouldBe(1);
        run.Out.ShouldContain("bent.yaml:3: unknown laterality 'twisted'");
        run.Out.ShouldContain("broken.yaml:");
        run.Out.ShouldContain("malformed YAML");
        run.Out.ShouldContain("2 problems found");
    }

    [Fact]
    public void A_broken_file_in_the_catalog_warns_but_the_rest_still_list()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "content", "exercises")))
        {
            Directory.CreateDirectory(Path.Combine(folder, "exercises"));
            File.Copy(file, Path.Combine(folder, "exercises", Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(folder, "exercises", "broken.yaml"), "name: [");
        var run = CliRun.With(new Dictionary<string, string> { ["LIMBER_CONTENT_DIR"] = folder }, "list");

        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain($"{Repo.CatalogSize} exercises");
        run.Error.ShouldContain($"{folder}/exercises/broken.yaml:2: malformed YAML");
    }

    [Fact]
    public void A_missing_catalog_is_a_user_error()
    {
        var run = CliRun.With(new Dictionary<string, string> { ["LIMBER_CONTENT_DIR"] = Path.Combine(folder, "nothing") }, "list");
        run.ExitCode.ShouldBe(1);
        run.Error.ShouldStartWith("limber: no exercise catalog at");
    }
}
