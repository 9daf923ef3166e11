using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Limber.Web.Tests.Browser;

/// <summary>Every page through axe-core (no serious or critical violation), and screenshots at a phone's and a laptop's size.</summary>
[Collection(BrowserTests.Name)]
public sealed class PageChecks(BrowserFixture browser)
{
    private async Task<long> SessionAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(browser.Address) };
        var response = await http.PostAsJsonAsync("/api/sessions", new { exercises = new[] { "hip-crossover-stretch" } });
        return (long)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!;
    }

    public static TheoryData<string> Pages => new() { "/", "/?position=supine&q=hip", "/exercises/hip-crossover-stretch", "/exercises/restorative-supta-virasana", "/plan", "/plan?goal=lower-back&minutes=10", "/plan/print?goal=lower-back&minutes=10&note=Mornings", "/progress", "/settings", "/login", "player" };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Has_no_serious_accessibility_violations(string path)
    {
        foreach (var (width, height) in new[] { (390, 844), (1280, 800) })
        {
            var page = await browser.PageAsync(width, height);
            await page.GotoAsync(path == "player" ? $"/player/{await SessionAsync()}" : path);
            if (path == "player")
            {
                await Assertions.Expect(page.Locator("#side")).ToHaveTextAsync("GET READY");
            }

            var result = await page.RunAxe();
            var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}").ToList();
            serious.ShouldBeEmpty($"{path} at {width}x{height}");
            var wide = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).map(e => e.tagName + '.' + e.className + '#' + e.id)");
            wide.ShouldBeEmpty($"{path} scrolls sideways at {width}px");
            (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth")).ShouldBeLessThanOrEqualTo(0, $"{path} scrolls sideways at {width}px");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_rating_panel_has_no_serious_accessibility_violations()
    {
        var page = await browser.PageAsync();
        await page.GotoAsync($"/player/{await SessionAsync()}?speed=100");
        await page.Locator("#pause").ClickAsync();
        await page.Locator("#rating").WaitForAsync(new() { State = WaitForSelectorState.Visible });
        var result = await page.RunAxe();
        result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => v.Id).ShouldBeEmpty();
        await Screenshot(page, "player-rating-390x844");
    }

    [Fact]
    public async Task Screenshots_of_the_catalog_exercise_and_player()
    {
        var session = await SessionAsync();
        foreach (var (width, height) in new[] { (390, 844), (1280, 800) })
        {
            foreach (var (name, path) in new[] { ("catalog", "/"), ("exercise", "/exercises/hip-crossover-stretch"), ("player", $"/player/{session}") })
            {
                var page = await browser.PageAsync(width, height);
                await page.GotoAsync(path);
                if (name == "player")
                {
                    await page.Locator("#pause").ClickAsync();
                    await Assertions.Expect(page.Locator("#side")).ToHaveTextAsync("GET READY");
                }

                var file = await Screenshot(page, $"{name}-{width}x{height}");
                new FileInfo(file).Length.ShouldBeGreaterThan(5_000);
                await page.Context.CloseAsync();
            }
        }
    }

    [Fact]
    public async Task The_player_countdown_fills_about_a_third_of_a_phone_screen()
    {
        var page = await browser.PageAsync();
        await page.GotoAsync($"/player/{await SessionAsync()}?speed=40");
        await page.Locator("#pause").ClickAsync();
        await Assertions.Expect(page.Locator("#side")).ToHaveTextAsync("LEFT");
        await page.Keyboard.PressAsync("Space");
        var box = (await page.Locator("#countdown").BoundingBoxAsync())!;
        box.Height.ShouldBeGreaterThan(844 * 0.25f);
        var side = (await page.Locator("#pause").BoundingBoxAsync())!;
        side.Height.ShouldBeGreaterThanOrEqualTo(48f);
    }

    [Fact]
    public async Task The_api_browser_renders_under_the_strict_policy()
    {
        var page = await browser.PageAsync(1280, 800);
        var blocked = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                blocked.Add(message.Text);
            }
        };
        await page.GotoAsync("/api/docs/index.html");
        await Assertions.Expect(page.Locator(".opblock-summary-path").First).ToBeVisibleAsync(new() { Timeout = 15_000 });
        (await page.Locator(".opblock").CountAsync()).ShouldBeGreaterThanOrEqualTo(8);
        blocked.ShouldBeEmpty();
    }

    private static async Task<string> Screenshot(IPage page, string name)
    {
        var file = Path.Combine(BrowserFixture.Artifacts, "screenshots", $"{name}.png");
        await page.ScreenshotAsync(new() { Path = file, FullPage = false });
        return file;
    }
}
