using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Limber.Cli.Web;
using Limber.Content.Files;
using Limber.Storage;
using Microsoft.Playwright;

namespace Limber.Bench;

/// <summary>
/// How late the browser player gives its cues on an accelerated clock, in real milliseconds after each cue's due
/// moment, against one animation frame (16.7 ms at 60 Hz). Debian's Chromium, headless, through Playwright; the
/// ratings are skipped by a click as soon as they are asked, which stops the clock exactly as a user would.
/// </summary>
internal static class WebCues
{
    private const double Frame = 1000 / 60.0;

    private static readonly string[] Exercises = ["hip-crossover-stretch", "restorative-supta-virasana"];

    public static async Task<int> RunAsync(int speed)
    {
        var root = Directory.GetParent(AppContext.BaseDirectory)!;
        while (!File.Exists(Path.Combine(root.FullName, "Limber.slnx")))
        {
            root = root.Parent!;
        }

        var folder = Directory.CreateTempSubdirectory("limber-cue-bench-").FullName;
        using var store = await ProgressStores.OpenAsync(null, folder, "bench");
        var (goals, _) = GoalFile.Load(Path.Combine(root.FullName, "content"));
        var catalog = new WebCatalog(CatalogFolder.Load(Path.Combine(root.FullName, "content", "exercises")).Catalog, goals);
        var settings = new WebSettings("http://127.0.0.1:5183", null, AllowClockSpeed: true, Path.Combine(root.FullName, "src", "Limber", "Web", "wwwroot"));
        await using var app = LimberWeb.Build(settings, catalog, store, TimeProvider.System);
        await app.StartAsync();

        using var http = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:5183") };
        var answer = await http.PostAsJsonAsync("/api/sessions", new { exercises = Exercises });
        var session = JsonNode.Parse(await answer.Content.ReadAsStringAsync())!;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        await page.GotoAsync($"http://127.0.0.1:5183/player/{(long)session["id"]!}?speed={speed}");
        await page.Locator("#pause").ClickAsync();
        while (!await page.Locator("#done").IsVisibleAsync())
        {
            if (await page.Locator("#skip-rating").IsVisibleAsync())
            {
                await page.Locator("#skip-rating").ClickAsync();
            }

            await page.WaitForTimeoutAsync(50);
        }

        var log = await page.EvaluateAsync<JsonElement>("() => window.limberPlayer.cueLog");
        var late = log.EnumerateArray().Select(c => c.GetProperty("lateMs").GetDouble()).Order().ToList();
        double At(double q) => late[Math.Min(late.Count - 1, (int)Math.Floor(q * late.Count))];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{late.Count} cues at {speed}x ({(int)session["totalSeconds"]!} s of session): late by median {At(0.5):F1} ms, p95 {At(0.95):F1} ms, p99 {At(0.99):F1} ms, worst {late[^1]:F1} ms; one frame is {Frame:F1} ms"));
        await app.StopAsync();
        Directory.Delete(folder, recursive: true);
        return late[^1] < Frame ? 0 : 1;
    }
}
