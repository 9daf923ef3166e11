using System.Text.Json.Nodes;
using Limber.Content.Export;

namespace Limber.Web.Tests.Api;

public sealed class ExercisesApiTests : InMemoryApp
{
    [Fact]
    public async Task The_list_pages_the_seed_catalog_by_name()
    {
        var body = await Json.ReadAsync(await Client.GetAsync("/api/exercises?limit=3"));
        ((int)body["total"]!).ShouldBe(App.Catalog.Exercises.Count);
        var items = body["items"]!.AsArray();
        items.Count.ShouldBe(3);
        items.Select(i => (string)i!["name"]!).ShouldBe(items.Select(i => (string)i!["name"]!).Order(StringComparer.OrdinalIgnoreCase));
        var second = await Json.ReadAsync(await Client.GetAsync("/api/exercises?limit=3&offset=3"));
        second["items"]!.AsArray().Select(i => (string)i!["id"]!).ShouldNotContain((string)items[0]!["id"]!);
    }

    [Fact]
    public async Task Filters_and_search_narrow_the_list()
    {
        var kneeling = await Json.ReadAsync(await Client.GetAsync("/api/exercises?position=kneeling&limit=200"));
        kneeling["items"]!.AsArray().Select(i => (string)i!["id"]!).ShouldContain("restorative-supta-virasana");
        kneeling["items"]!.AsArray().ShouldAllBe(i => (string)i!["position"]! == "kneeling");
        ((int)kneeling["total"]!).ShouldBe(App.Catalog.Exercises.Exercises.Count(e => e.Position == Limber.Exercises.Position.Kneeling));

        var found = await Json.ReadAsync(await Client.GetAsync("/api/exercises?q=reclined%20hero"));
        ((string)found["items"]![0]!["id"]!).ShouldBe("restorative-supta-virasana");

        var bolster = await Json.ReadAsync(await Client.GetAsync("/api/exercises?equipment=bolster"));
        bolster["items"]!.AsArray().ShouldNotBeEmpty();
        bolster["items"]!.AsArray().ShouldAllBe(i => i!["equipment"]!.AsArray().Any(e => (string)e! == "bolster"));
        ((int)bolster["total"]!).ShouldBeLessThan(App.Catalog.Exercises.Count);
    }

    [Fact]
    public async Task An_unknown_filter_value_is_a_problem_naming_the_choices()
    {
        var problem = await Json.ProblemAsync(await Client.GetAsync("/api/exercises?position=upside-down&limit=0"), 400);
        ((string)problem["errors"]!["position"]![0]!).ShouldContain("supine");
        ((string)problem["errors"]!["limit"]![0]!).ShouldContain("from 1 to 200");
    }

    [Fact]
    public async Task One_exercise_is_the_whole_record_in_the_schema_shape()
    {
        var body = await Json.ReadAsync(await Client.GetAsync("/api/exercises/hip-crossover-stretch"));
        var expected = ExerciseJson.ToNode(App.Catalog.Exercises.Find("hip-crossover-stretch")!);
        JsonNode.DeepEquals(body, expected).ShouldBeTrue();
        ((int)body["dosage"]!["reps"]!["min"]!).ShouldBe(3);
    }

    [Fact]
    public async Task An_unknown_exercise_is_a_404_problem_with_suggestions()
    {
        var problem = await Json.ProblemAsync(await Client.GetAsync("/api/exercises/hip-crosover-stretch"), 404);
        ((string)problem["detail"]!).ShouldContain("hip-crossover-stretch");
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_api_and_its_ui_is_served()
    {
        var document = await Json.ReadAsync(await Client.GetAsync("/openapi/v1.json"));
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        paths.ShouldContain("/api/exercises");
        paths.ShouldContain("/api/exercises/{id}");
        paths.ShouldContain("/api/plans");
        paths.ShouldContain("/api/sessions");
        paths.ShouldContain("/api/sessions/{id}/holds");
        paths.ShouldContain("/api/history");
        paths.ShouldNotContain("/plan"); // pages are not API
        (await Client.GetAsync("/api/docs/index.html")).IsSuccessStatusCode.ShouldBeTrue();
    }

    [Fact]
    public async Task Health_says_the_log_answers()
    {
        var body = await Json.ReadAsync(await Client.GetAsync("/healthz"));
        ((string)body["status"]!).ShouldBe("ok");
        ((int)body["exercises"]!).ShouldBe(App.Catalog.Exercises.Count);
    }
}
