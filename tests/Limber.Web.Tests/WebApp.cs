using Limber.Catalog;
using Limber.Cli.Web;
using Limber.Content.Files;
using Limber.Progress;
using Limber.Storage;
using Limber.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace Limber.Web.Tests;

/// <summary>
/// The web app as <c>limber serve</c> builds it, on the seed catalog and a SQLite log in a fresh folder: either on
/// ASP.NET's in-memory test server (for API tests) or on Kestrel at a free loopback port (for the browser).
/// </summary>
internal sealed class WebApp : IAsyncDisposable
{
    private readonly string folder;

    private WebApp(WebApplication app, IProgressStore store, WebCatalog catalog, string folder)
    {
        App = app;
        Store = store;
        Catalog = catalog;
        this.folder = folder;
    }

    public WebApplication App { get; }

    public IProgressStore Store { get; }

    public WebCatalog Catalog { get; }

    /// <summary>Kestrel's address, e.g. http://127.0.0.1:41234 (only on a real server).</summary>
    public string Address => App.Urls.First();

    public static Task<WebApp> InMemoryAsync(string? token = null, ExerciseCatalog? catalog = null) => StartAsync(real: false, token, catalog);

    public static Task<WebApp> OnLoopbackAsync(string? token = null) => StartAsync(real: true, token, null);

    public HttpClient Client() => App.GetTestClient();

    private static async Task<WebApp> StartAsync(bool real, string? token, ExerciseCatalog? catalog)
    {
        var folder = Directory.CreateTempSubdirectory("limber-web-").FullName;
        var store = await ProgressStores.OpenAsync(null, folder, "tester");
        var (goals, problems) = GoalFile.Load(Path.Combine(Repo.Root, "content"));
        Assert.Empty(problems);
        var web = new WebCatalog(catalog ?? CatalogFolder.Load(Repo.Exercises).Catalog, goals);
        var settings = new WebSettings(real ? "http://127.0.0.1:0" : "http://127.0.0.1:5000", token, AllowClockSpeed: true, Path.Combine(Repo.Root, "src", "Limber", "Web", "wwwroot"));
        var app = LimberWeb.Build(settings, web, store, TimeProvider.System, builder =>
        {
            if (!real)
            {
                builder.WebHost.UseTestServer();
            }
        });
        await app.StartAsync();
        return new WebApp(app, store, web, folder);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        Store.Dispose();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS temp cleaner takes what a still-open file keeps.
        }
    }
}
