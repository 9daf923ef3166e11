using Limber.Content.Files;
using Shouldly;

namespace Limber.Content.Tests.Files;

public sealed class CatalogFolderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("limber-catalog-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private void Write(string id, string extra = "", string? fileName = null) =>
        File.WriteAllText(Path.Combine(folder, fileName ?? $"{id}.yaml"), $"""
            id: {id}
            name: {id}
            laterality: bilateral
            kind: static
            partner: false
            steps: [Breathe.]
            source:
              title: test
            {extra}
            """);

    [Fact]
    public void A_broken_file_does_not_stop_the_others_from_loading()
    {
        Write("good-one");
        Write("bad-one", "level: expert");

        var load = CatalogFolder.Load(folder);

        load.Catalog.Exercises.Select(e => e.Id.Value).ShouldBe(["good-one"]);
        var problem = load.Problems.ShouldHaveSingleItem();
        problem.File.ShouldEndWith("bad-one.yaml");
        problem.Line.ShouldBe(9);
    }

    [Fact]
    public void A_related_id_that_does_not_exist_is_reported_with_its_line()
    {
        Write("one", "related: { variations: [two], alternatives: [nobody] }");
        Write("two");

        var problem = CatalogFolder.Load(folder).Problems.ShouldHaveSingleItem();
        problem.Message.ShouldBe("unknown related id 'nobody': no exercise has that id");
        problem.Line.ShouldBe(9);
    }

    [Fact]
    public void A_duplicate_id_keeps_the_first_file_and_reports_the_second()
    {
        Write("same");
        File.WriteAllText(Path.Combine(folder, "same.yml"), File.ReadAllText(Path.Combine(folder, "same.yaml")));

        var load = CatalogFolder.Load(folder);

        load.Catalog.Count.ShouldBe(1);
        load.Problems.ShouldHaveSingleItem().Message.ShouldContain("duplicate id 'same'");
    }

    [Fact]
    public void A_missing_folder_is_a_problem_not_a_crash() =>
        CatalogFolder.Load(Path.Combine(folder, "nope")).Problems.ShouldHaveSingleItem().Message.ShouldBe("no such folder");
}
