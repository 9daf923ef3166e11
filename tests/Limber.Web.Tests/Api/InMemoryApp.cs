namespace Limber.Web.Tests.Api;

/// <summary>A fresh app on the test server for each test, with a client for it.</summary>
public abstract class InMemoryApp : IAsyncLifetime
{
    internal WebApp App { get; private set; } = null!;

    internal HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = await WebApp.InMemoryAsync();
        Client = App.Client();
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
