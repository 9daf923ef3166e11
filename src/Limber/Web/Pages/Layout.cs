using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Limber.Cli.Web.Pages;

/// <summary>The frame of every page: skip link, navigation, the page's main content, the no-diagnosis line, its script.</summary>
internal static class Layout
{
    private static readonly (string Href, string Label)[] Navigation = [("/", "Exercises"), ("/plan", "Plan"), ("/progress", "Progress"), ("/settings", "Settings")];

    public static IResult Page(HttpContext http, string title, Markup main, string? script = null, string bodyClass = "", int status = StatusCodes.Status200OK)
    {
        var path = http.Request.Path.Value ?? "/";
        var nav = Navigation.Select(n => Html.Of($"<a href=\"{n.Href}\"{Html.When(Current(path, n.Href), new Markup(" aria-current=\"page\""))}>{n.Label}</a>"));
        var scriptTag = script is null ? Markup.Empty : Html.Of($"<script type=\"module\" src=\"/static/{script}\"></script>");
        var page = Html.Of($"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <title>{title} · Limber</title>
            <link rel="stylesheet" href="/static/app.css">
            <link rel="icon" href="/static/icon.svg" type="image/svg+xml">
            <link rel="manifest" href="/static/manifest.webmanifest">
            </head>
            <body class="{bodyClass}">
            <a class="skip" href="#main">Skip to the content</a>
            <header class="top"><nav aria-label="Main"><a class="brand" href="/">Limber</a>{nav}</nav></header>
            <main id="main" tabindex="-1">
            {main}
            </main>
            <footer class="foot"><p>Limber coaches; it does not diagnose. Stop at sharp pain, pinching or pain in a joint, and see a professional when pain persists.</p></footer>
            {scriptTag}
            </body>
            </html>
            """);
        return Results.Content(page.Value, "text/html; charset=utf-8", statusCode: status);
    }

    /// <summary>The hidden antiforgery field every form that changes something carries.</summary>
    public static Markup Antiforgery(HttpContext http, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return Html.Of($"<input type=\"hidden\" name=\"{tokens.FormFieldName}\" value=\"{tokens.RequestToken}\">");
    }

    private static bool Current(string path, string href) => href == "/" ? path == "/" || path.StartsWith("/exercises", StringComparison.Ordinal) : path.StartsWith(href, StringComparison.Ordinal);
}
