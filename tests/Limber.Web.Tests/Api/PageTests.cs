using System.Net;
using Limber.Catalog;
using Limber.Content.Files;
using Limber.Testing;

namespace Limber.Web.Tests.Api;

/// <summary>The server-rendered pages: what they show, and that text from content or users is encoded.</summary>
public sealed class PageTests
{
    [Fact]
    public async Task The_exercise_page_shows_every_part_and_the_stop_signs()
    {
        await using var app = await WebApp.InMemoryAsync();
        var html = await app.Client().GetStringAsync("/exercises/hip-crossover-stretch");
        var e = app.Catalog.Exercises.Find("hip-crossover-stretch")!;
        html.ShouldContain(WebUtility.HtmlEncode(e.Dosage.Describe()));
        foreach (var text in e.Steps.Concat(e.Mistakes).Concat(e.Tips).Concat(e.Safety).Concat(Limber.Exercises.StopSigns.General))
        {
            html.ShouldContain(WebUtility.HtmlEncode(text).Replace("&#39;", "&#x27;", StringComparison.Ordinal));
        }

        html.IndexOf("Stop signs", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("<h2>Steps</h2>", StringComparison.Ordinal));
        html.ShouldContain("action=\"/sessions\"");
    }

    [Fact]
    public async Task The_exercise_page_embeds_its_schema_org_HowTo()
    {
        await using var app = await WebApp.InMemoryAsync();
        var html = await app.Client().GetStringAsync("/exercises/restorative-supta-virasana");
        var match = System.Text.RegularExpressions.Regex.Match(html, "<script type=\"application/ld\\+json\">(.*?)</script>", System.Text.RegularExpressions.RegexOptions.Singleline);
        match.Success.ShouldBeTrue();
        var howTo = System.Text.Json.Nodes.JsonNode.Parse(match.Groups[1].Value)!;
        ((string)howTo["@context"]!).ShouldBe("https://schema.org");
        ((string)howTo["@type"]!).ShouldBe("HowTo");
        ((string)howTo["name"]!).ShouldBe("Restorative Supta Virasana");
        howTo["alternateName"]!.AsArray().Select(a => (string)a!).ShouldContain("Reclined Hero Pose");
    }

    [Fact]
    public async Task Catalog_chips_filter_and_the_search_part_answers_alone()
    {
        await using var app = await WebApp.InMemoryAsync();
        var client = app.Client();
        var strap = await client.GetStringAsync("/?equipment=strap");
        strap.ShouldContain("9 exercises<");
        strap.ShouldContain("/exercises/it-band-and-glute-stretch");
        strap.ShouldContain("aria-current=\"true\">strap");
        var part = await client.GetStringAsync("/?q=hero&part=results");
        part.ShouldStartWith("<p class=\"count\">");
        part.ShouldContain("/exercises/restorative-supta-virasana");
        part.ShouldNotContain("<html");
    }

    [Fact]
    public async Task The_plan_page_lists_reasons_and_a_drop_leaves_the_item_out()
    {
        await using var app = await WebApp.InMemoryAsync();
        var client = app.Client();
        var plan = await client.GetStringAsync("/plan?goal=lower-back&minutes=10");
        plan.ShouldContain("class=\"why\"");
        var first = System.Text.RegularExpressions.Regex.Match(plan, "name=\"item\" value=\"([^|]+)\\|").Groups[1].Value;
        first.ShouldNotBeEmpty();
        var dropped = await client.GetStringAsync($"/plan?goal=lower-back&minutes=10&drop={first}");
        dropped.ShouldNotContain($"name=\"item\" value=\"{first}|");
        (await client.GetAsync("/plan?goal=nope")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_plan_page_needs_no_props_until_some_are_ticked()
    {
        await using var app = await WebApp.InMemoryAsync();
        var client = app.Client();
        var bare = await client.GetStringAsync("/plan?goal=hips&minutes=10");
        bare.ShouldNotContain("name=\"item\" value=\"restorative-supta-virasana|"); // a bolster, blankets or pillows
        bare.ShouldContain("name=\"partner\" value=\"yes\"");
        var pillow = await client.GetStringAsync("/plan?goal=hips&minutes=10&equipment=pillow");
        pillow.ShouldContain("name=\"item\" value=\"restorative-supta-virasana|");
    }

    [Fact]
    public async Task The_print_view_is_the_handout_of_the_plan_with_the_coachs_note()
    {
        await using var app = await WebApp.InMemoryAsync();
        var client = app.Client();
        var plan = await client.GetStringAsync("/plan?goal=lower-back&minutes=10");
        plan.ShouldContain("href=\"/plan/print?goal=lower-back&amp;minutes=10\"");
        var html = await client.GetStringAsync("/plan/print?goal=lower-back&minutes=10&note=%3Cb%3ESlowly%3C%2Fb%3E");
        html.ShouldContain("Coach's note:</strong> &lt;b&gt;Slowly&lt;/b&gt;");
        html.ShouldContain("☐ Mon");
        var first = System.Text.RegularExpressions.Regex.Match(plan, "name=\"item\" value=\"([^|]+)\\|").Groups[1].Value;
        var exercise = app.Catalog.Exercises.Find(first)!;
        html.ShouldContain($"1. {WebUtility.HtmlEncode(exercise.Name)}");
        html.ShouldContain(WebUtility.HtmlEncode(exercise.Steps[0]).Replace("&#39;", "&#x27;", StringComparison.Ordinal));
        html.ShouldContain("<strong>hold ");
        (await client.GetAsync("/plan/print?goal=nope")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Text_from_content_is_encoded_never_run()
    {
        var seeds = CatalogFolder.Load(Repo.Exercises).Catalog.Exercises;
        var hostile = seeds[0] with
        {
            Name = "<script>alert(1)</script> Stretch",
            Steps = ["Lie down <img src=x onerror=alert(2)>", .. seeds[0].Steps],
            Source = seeds[0].Source with { Url = "javascript:alert(3)" },
        };
        await using var app = await WebApp.InMemoryAsync(catalog: new ExerciseCatalog([hostile, .. seeds.Skip(1)]));
        var client = app.Client();
        foreach (var html in new[] { await client.GetStringAsync("/"), await client.GetStringAsync($"/exercises/{hostile.Id.Value}") })
        {
            html.ShouldNotContain("<script>alert");
            html.ShouldNotContain("<img src=x");
            html.ShouldNotContain("javascript:");
            html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        }
    }

    [Fact]
    public async Task Unknown_pages_answer_404_not_500()
    {
        await using var app = await WebApp.InMemoryAsync();
        (await app.Client().GetAsync("/exercises/nothing-like-it")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.Client().GetAsync("/player/not-a-number")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.Client().GetAsync("/?level=guru")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
