using Limber.Testing;
using Microsoft.Playwright;

namespace Limber.Web.Tests.Browser;

/// <summary>
/// One Limber server on a loopback port and one Debian Chromium (never a downloaded browser) for the browser tests.
/// Screenshots and the player's cue log go to <c>artifacts/</c> at the repository root.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] Flags =
        ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private IPlaywright? playwright;

    internal WebApp App { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public static string Artifacts { get; } = Directory.CreateDirectory(Path.Combine(Repo.Root, "artifacts")).FullName;

    public string Address => App.Address;

    public async Task InitializeAsync()
    {
        App = await WebApp.OnLoopbackAsync();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = Flags });
    }

    /// <summary>A fresh browser profile (no storage, no service worker) at a phone's or a laptop's size.</summary>
    public async Task<IPage> PageAsync(int width = 390, int height = 844)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, BaseURL = Address });
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => Errors.Add(error);
        return page;
    }

    /// <summary>Uncaught script errors on any page: a test that saw one fails.</summary>
    public List<string> Errors { get; } = [];

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
