using System.CommandLine;
using Limber.Cli.Web;
using Limber.Content.Files;

namespace Limber.Cli;

/// <summary><c>limber serve</c>: the web app on loopback (or, with an access token, on the network).</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var urls = new Option<string>("--urls") { Description = $"Where to listen (default {WebSettings.DefaultUrls}); an address other than loopback needs an access token", DefaultValueFactory = _ => WebSettings.DefaultUrls };
        var token = new Option<string?>("--token") { Description = "The access token that opens the app (default: $LIMBER_TOKEN); required to listen beyond this machine" };
        var command = new Command("serve", "Run the web app: catalog, planner, guided player with voice, progress") { urls, token };
        command.SetAction(async (parse, cancel) =>
        {
            var listen = parse.GetValue(urls)!;
            var access = parse.GetValue(token) ?? context.Env("LIMBER_TOKEN");
            if (access is { Length: < 16 })
            {
                throw new UserError("the access token must be at least 16 characters long");
            }

            if (Loopback.FirstExposed(listen) is { } exposed && access is null)
            {
                throw new UserError($"refusing to listen on {exposed} without an access token: anyone on the network could read and change your log. Set --token or LIMBER_TOKEN, or listen on 127.0.0.1");
            }

            var paths = context.Paths(parse);
            var (goals, problems) = GoalFile.Load(paths.ContentDirectory);
            if (problems.Count > 0)
            {
                throw new UserError($"the goals cannot be read: {problems[0]}");
            }

            var catalog = new WebCatalog(context.LoadCatalog(parse), goals);
            using var store = await context.OpenStoreAsync(parse, cancel);
            var settings = new WebSettings(listen, access, AllowClockSpeed: context.Env("LIMBER_TEST_CLOCK") == "1", Path.Combine(context.AppBase, "wwwroot"));
            await using var app = LimberWeb.Build(settings, catalog, store, context.Time);
            try
            {
                await app.StartAsync(cancel);
            }
            catch (IOException e)
            {
                throw new UserError($"cannot listen on {listen}: {e.Message}");
            }

            context.Error.WriteLine($"Limber is running on {string.Join(", ", app.Urls)} (Ctrl-C stops it)");
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, context.Time, cancel);
            }
            catch (OperationCanceledException)
            {
                // Ctrl-C: stop serving and exit cleanly.
            }

            await app.StopAsync(CancellationToken.None);
            return 0;
        });
        return command;
    }
}
