namespace Limber.Cli.Web;

/// <summary>How <c>limber serve</c> runs: where it listens and what guards it.</summary>
/// <param name="Urls">Kestrel's listen addresses, e.g. <c>http://127.0.0.1:5000</c>.</param>
/// <param name="Token">The access token; required before the app binds to anything but loopback.</param>
/// <param name="AllowClockSpeed">Lets the player page take <c>?speed=N</c> to run its clock faster (tests and benches only).</param>
/// <param name="WebRoot">The folder of static files (CSS, JavaScript, the service worker).</param>
internal sealed record WebSettings(string Urls, string? Token, bool AllowClockSpeed, string WebRoot)
{
    public const string DefaultUrls = "http://127.0.0.1:5000";

    /// <summary>The largest request body the app reads: a hold or a plan is far below it.</summary>
    public const long MaxRequestBytes = 64 * 1024;
}
