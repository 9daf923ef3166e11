using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Limber.Progress;
using Microsoft.Playwright;

namespace Limber.Web.Tests.Browser;

/// <summary>The guided player in real headless Chromium, on an accelerated clock.</summary>
[Collection(BrowserTests.Name)]
public sealed class PlayerTests(BrowserFixture browser)
{
    private const int Speed = 40;

    private async Task<long> StartAsync(params string[] exercises)
    {
        using var http = new HttpClient { BaseAddress = new Uri(browser.Address) };
        var response = await http.PostAsJsonAsync("/api/sessions", new { exercises });
        response.EnsureSuccessStatusCode();
        return (long)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!;
    }

    /// <summary>Waits for the rating panel and taps a tightness and a pain; both taps save it and the session goes on.</summary>
    private static async Task RateAsync(IPage page, int tightness, int pain)
    {
        await page.Locator("#rating").WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 30_000 });
        await page.Locator($"#tightness button:text-is('{tightness}')").ClickAsync();
        await page.Locator($"#pain button:text-is('{pain}')").ClickAsync();
        await page.Locator("#rating").WaitForAsync(new() { State = WaitForSelectorState.Hidden, Timeout = 10_000 });
    }

    [Fact]
    public async Task A_two_exercise_session_is_rated_resumed_after_a_reload_and_logged()
    {
        var id = await StartAsync("hip-crossover-stretch", "restorative-supta-virasana");
        var page = await browser.PageAsync();
        await page.GotoAsync($"/player/{id}?speed={Speed}");
        await page.Locator("#pause").ClickAsync();

        // Hip crossover: three rounds, left then right; the right side feels tighter.
        await RateAsync(page, 3, 0);
        await RateAsync(page, 6, 1);

        // The phone is put down, the page reloaded: it offers to resume where it stopped.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#pause")).ToHaveTextAsync("▶ Resume");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("2 holds done");
        await page.Locator("#pause").ClickAsync();

        // Offline for one rating: it waits in the outbox and is sent when the connection is back.
        await page.Context.SetOfflineAsync(true);
        await RateAsync(page, 3, 0);
        await page.Context.SetOfflineAsync(false);
        await RateAsync(page, 6, 0);
        await RateAsync(page, 2, 0);
        await RateAsync(page, 5, 0);
        await RateAsync(page, 1, 0); // reclined hero, both sides at once
        await Assertions.Expect(page.Locator("#done")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        var session = await WaitForAsync(() => browser.App.Store.SessionAsync(id), s => s!.Status == SessionStatus.Finished && s.Holds.Count == 7 && s.Holds.All(h => h.Rating is not null));
        session!.Holds.Where(h => h.Side == Limber.Sessions.Side.Right).Select(h => h.Rating!.Tightness).ShouldBe([6, 6, 5]);
        session.Holds.Where(h => h.Side == Limber.Sessions.Side.Left).Select(h => h.Rating!.Tightness).ShouldBe([3, 3, 2]);
        session.Holds.Select(h => h.SegmentIndex).ShouldBeUnique();

        // History: the progress page draws both sides of the hip crossover.
        await page.GotoAsync("/progress");
        await Assertions.Expect(page.Locator("svg[aria-label^='Left side tightness over']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("svg[aria-label^='Right side tightness over']")).ToBeVisibleAsync();

        (await page.EvaluateAsync<int>("() => JSON.parse(localStorage.getItem('limber-outbox') || '[]').length")).ShouldBe(0);
        browser.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_movement_counts_down_its_repetitions_and_its_block_is_logged_per_side()
    {
        var id = await StartAsync("90-90-hamstring");
        var page = await browser.PageAsync();
        await page.GotoAsync($"/player/{id}?speed={Speed}");
        await page.Locator("#pause").ClickAsync();

        // During the block the big number is the repetitions left, not seconds.
        await Assertions.Expect(page.Locator("#side")).ToHaveTextAsync("LEFT", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#countdown")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+×$"));
        await RateAsync(page, 4, 0);
        await RateAsync(page, 5, 0);
        await Assertions.Expect(page.Locator("#done")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        var session = await WaitForAsync(() => browser.App.Store.SessionAsync(id), s => s!.Status == SessionStatus.Finished && s.Holds.Count == 2);
        session!.Holds.Select(h => h.Side).ShouldBe([Limber.Sessions.Side.Left, Limber.Sessions.Side.Right]);
        browser.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Pain_of_seven_stops_the_exercise_with_advice_and_the_session_goes_on()
    {
        var id = await StartAsync("hip-crossover-stretch", "restorative-supta-virasana");
        var page = await browser.PageAsync();
        await page.GotoAsync($"/player/{id}?speed={Speed}");
        await page.Locator("#pause").ClickAsync();
        await RateAsync(page, 4, 8);
        await Assertions.Expect(page.Locator("#advice")).ToContainTextAsync("Pain 8/10: stop");
        // The next hold is the reclined hero's: the rest of the hip crossover is skipped.
        await RateAsync(page, 1, 0);
        await Assertions.Expect(page.Locator("#done")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var session = await WaitForAsync(() => browser.App.Store.SessionAsync(id), s => s!.Holds.Count == 2);
        session!.Holds.Select(h => h.Exercise.Value).ShouldBe(["hip-crossover-stretch", "restorative-supta-virasana"]);
    }

    [Fact]
    public async Task Space_pauses_and_arrows_move_between_segments()
    {
        var id = await StartAsync("restorative-supta-virasana");
        var page = await browser.PageAsync(1280, 800);
        await page.GotoAsync($"/player/{id}");
        await Assertions.Expect(page.Locator("#side")).ToHaveTextAsync("GET READY");
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.Locator("#pause")).ToHaveAttributeAsync("aria-label", "Pause");
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(page.Locator("#side")).ToHaveTextAsync("BOTH");
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.Locator("#pause")).ToHaveAttributeAsync("aria-label", "Resume");
        (await page.EvaluateAsync<bool>("() => window.limberPlayer.state().running")).ShouldBeFalse();
        await page.Keyboard.PressAsync("ArrowLeft");
        await Assertions.Expect(page.Locator("#side")).ToHaveTextAsync("GET READY");
    }

    /// <summary>Polls the log until the browser's requests have landed.</summary>
    private static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var value = await read();
        for (var i = 0; i < 100 && !done(value); i++)
        {
            await Task.Delay(100);
            value = await read();
        }

        done(value).ShouldBeTrue($"not reached: {JsonSerializer.Serialize(value)}");
        return value;
    }
}
