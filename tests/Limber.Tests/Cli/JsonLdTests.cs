using System.Text.Json.Nodes;
using System.Xml;
using Limber.Testing;
using Shouldly;

namespace Limber.Tests.Cli;

/// <summary><c>limber export --format jsonld</c>: schema.org HowTo for every exercise.</summary>
public sealed class JsonLdTests
{
    [Fact]
    public void Every_exercise_is_a_HowTo_with_steps_tools_and_an_iso_duration()
    {
        var run = CliRun.Of("export", "--format", "jsonld");
        run.ExitCode.ShouldBe(0, run.Error);
        var document = JsonNode.Parse(run.Out)!;
        ((string)document["@context"]!).ShouldBe("https://schema.org");
        var graph = document["@graph"]!.AsArray();
        graph.Count.ShouldBe(Repo.CatalogSize);

        var crossover = graph.Single(h => (string)h!["identifier"]! == "hip-crossover-stretch")!;
        ((string)crossover["@type"]!).ShouldBe("HowTo");
        var steps = crossover["step"]!.AsArray();
        steps.Select(s => (string)s!["@type"]!).ShouldAllBe(t => t == "HowToStep");
        steps.Select(s => (int)s!["position"]!).ShouldBe(Enumerable.Range(1, steps.Count));
        crossover["tool"]!.AsArray().Select(t => ((string)t!["@type"]!, (string)t["name"]!)).ShouldBe([("HowToTool", "mat")]);
        // Three holds of 45 s a side, with setup, releases and switches: several minutes, written as ISO 8601.
        var time = XmlConvert.ToTimeSpan((string)crossover["totalTime"]!);
        time.ShouldBeInRange(TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(10));
        ((string)crossover["isBasedOn"]!["name"]!).ShouldBe("Hip Crossover Stretches");

        graph.ShouldAllBe(h => XmlConvert.ToTimeSpan((string)h!["totalTime"]!) > TimeSpan.Zero && h["step"]!.AsArray().Count > 0);
    }
}
