using Microsoft.AspNetCore.Http;

namespace Limber.Cli.Web;

/// <summary>
/// Headers on every answer: a strict Content-Security-Policy (scripts and styles only from this site, never inline),
/// no framing, no sniffing, no referrer, and no powerful features but the screen wake lock the player asks for.
/// </summary>
internal static class SecurityHeaders
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "media-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The API browser (Swagger UI, served from the app) sets inline styles as it draws; there only, styles may be
    /// inline. Its scripts, like every other page's, come from the app alone.
    /// </summary>
    public static readonly string DocsPolicy = Policy.Replace("style-src 'self'", "style-src 'self' 'unsafe-inline'", StringComparison.Ordinal);

    public static Task Add(HttpContext http, RequestDelegate next)
    {
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments("/api/docs") ? DocsPolicy : Policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
        return next(http);
    }
}
