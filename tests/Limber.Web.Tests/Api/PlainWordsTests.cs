using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Limber.Content.Files;
using Limber.Testing;

namespace Limber.Web.Tests.Api;

/// <summary>
/// Every page speaks in words, never the files' ids, seed file names or "not stated" (issue 14, item 6). Only the
/// text a person reads is scanned: ids stay in form values and addresses, where they belong.
/// </summary>
public sealed class PlainWordsTests : InMemoryApp
{
    public static TheoryData<string> Goals => [.. GoalFile.Load(Path.Combine(Repo.Root, "content")).Goals.Select(g => g.Id)];

    [Fact]
    public async Task The_catalog_and_every_exercise_page_speak_words()
    {
        string[] pages = ["/", "/?target=lower-back", "/?position=side-lying&equipment=foam-roller", "/?use=after-sitting", "/plan", "/settings",
            .. App.Catalog.Exercises.Exercises.Select(e => $"/exercises/{e.Id.Value}")];
        var findings = new List<string>();
        foreach (var page in pages)
        {
            findings.AddRange((await TextOf(page)).Select(f => $"{page}: {f}"));
        }

        findings.ShouldBeEmpty();
    }

    [Fact]
    public async Task Filter_chips_and_plan_choices_show_words_and_send_ids()
    {
        var catalog = await Client.GetStringAsync("/");
        catalog.ShouldContain("?target=hip-rotators\" >hip rotators</a>");
        catalog.ShouldContain("?equipment=foam-roller\" >foam roller</a>");
        var plan = await Client.GetStringAsync("/plan");
        plan.ShouldContain("value=\"side-lying\"> lying on your side</label>");
        plan.ShouldContain("value=\"exercise-ball\"> exercise ball</label>");
    }

    [Theory]
    [MemberData(nameof(Goals))]
    public async Task The_plan_page_speaks_words(string goal) => (await TextOf($"/plan?goal={goal}&minutes=10")).ShouldBeEmpty();

    [Theory]
    [MemberData(nameof(Goals))]
    public async Task The_print_view_speaks_words(string goal) => (await TextOf($"/plan/print?goal={goal}&minutes=10")).ShouldBeEmpty();

    [Fact]
    public async Task Progress_and_the_player_speak_words()
    {
        var plan = await Json.ReadAsync(await Json.PostAsync(Client, "/api/plans", new { goal = "lower-back", minutes = 8 }));
        await RateFirstHoldAsync(await Json.ReadAsync(await Json.PostAsync(Client, "/api/sessions", new { plan })));
        var session = await Json.ReadAsync(await Json.PostAsync(Client, "/api/sessions", new { exercises = new[] { "hip-crossover-stretch", "side-lying-floor-stretch" } }));
        await RateFirstHoldAsync(session);

        var progress = await Client.GetStringAsync("/progress");
        progress.ShouldContain("plan: Lower back");
        progress.ShouldContain("Hip Crossover Stretch, Side-Lying Floor Stretch");
        (await TextOf("/progress")).ShouldBeEmpty();
        (await TextOf($"/player/{(long)session["id"]!}")).ShouldBeEmpty();
    }

    private async Task RateFirstHoldAsync(System.Text.Json.Nodes.JsonNode session)
    {
        var hold = session["segments"]!.AsArray().First(s => (string)s!["kind"]! == "hold")!;
        var response = await Json.PostAsync(Client, $"/api/sessions/{(long)session["id"]!}/holds",
            new { exerciseId = (string)hold["exerciseId"]!, side = (string?)hold["side"] ?? "both", seconds = 30, tightness = 6, pain = 1 });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    /// <summary>The findings in the page's readable text: its title and every text node outside scripts and styles.</summary>
    private async Task<IReadOnlyList<string>> TextOf(string path)
    {
        var response = await Client.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        // Text nodes joined by line breaks: neighbouring elements ("<dt>Props</dt><dd>mat</dd>") must not run together.
        var texts = document.Body!.Descendants<IText>()
            .Where(t => t.ParentElement?.Closest("script, style, template") is null)
            .Select(t => t.Data);
        return CodeWords.In(string.Join('\n', [document.Title ?? "", .. texts]));
    }
}
