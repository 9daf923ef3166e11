using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Limber.Cli.Web.Pages;

/// <summary><c>/login</c>: when the app is reachable from other machines, the access token opens it (a cookie for the pages).</summary>
internal static class LoginPage
{
    public static IResult Render(HttpContext http, IAntiforgery antiforgery, string? problem = null, int status = StatusCodes.Status200OK)
    {
        var back = AccessGate.LocalPath(http.Request.Query["returnUrl"]);
        var error = problem is null ? Markup.Empty : Html.Of($"<p class=\"notice\" role=\"alert\">{problem}</p>");
        var main = Html.Of($"""
            <h1>Sign in</h1>
            <p>This Limber is shared on the network; enter the access token it was started with.</p>
            {error}
            <form method="post" action="/login" class="settings">
              {Layout.Antiforgery(http, antiforgery)}
              <input type="hidden" name="returnUrl" value="{back}">
              <label for="token">Access token</label>
              <input id="token" name="token" type="password" autocomplete="current-password" required>
              <button type="submit" class="primary">Sign in</button>
            </form>
            """);
        return Layout.Page(http, "Sign in", main, status: status);
    }

    public static async Task<IResult> SignIn(HttpContext http, IAntiforgery antiforgery, AccessGate gate)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Render(http, antiforgery, "That form had expired. Try again.", StatusCodes.Status400BadRequest);
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        if (!gate.Accepts(form["token"].ToString()))
        {
            return Render(http, antiforgery, "That token is not right.", StatusCodes.Status401Unauthorized);
        }

        gate.SignIn(http);
        return Results.Redirect(AccessGate.LocalPath(form["returnUrl"]));
    }
}
