using System.Globalization;
using Limber.Exercises;
using Limber.Progress;
using Limber.Sessions;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Limber.Cli.Web.Pages;

/// <summary>
/// <c>/settings</c>: the defaults kept with the log (breathing pace, level, tighter side), the same as
/// <c>limber settings</c>, and the player's voice and tones, which stay in this browser.
/// </summary>
internal static class SettingsPage
{
    public static async Task<IResult> Render(HttpContext http, IProgressStore store, IAntiforgery antiforgery, string? problem = null, int status = StatusCodes.Status200OK)
    {
        var s = await store.SettingsAsync(http.RequestAborted);
        var saved = http.Request.Query["saved"] == "1" ? Html.Of($"<p class=\"notice\" role=\"status\">Saved.</p>") : Markup.Empty;
        var error = problem is null ? Markup.Empty : Html.Of($"<p class=\"notice\" role=\"alert\">{problem}</p>");
        var main = Html.Of($"""
            <h1>Settings</h1>
            {saved}{error}
            <form method="post" action="/settings" class="settings">
              {Layout.Antiforgery(http, antiforgery)}
              <h2>Your defaults</h2>
              <label for="pace">Breaths a minute for holds counted in breaths</label>
              <input id="pace" name="pace" type="number" inputmode="decimal" min="1" max="30" step="0.5" value="{s.BreathsPerMinute.ToString(CultureInfo.InvariantCulture)}">
              <label for="level">Your level</label>
              <select id="level" name="level"><option value="">not set</option>{Options(s.Level)}</select>
              <label for="tighter">Your tighter side (it gets more hold time)</label>
              <select id="tighter" name="tighter"><option value="">neither</option>{Options(s.TighterSide)}</select>
              <button type="submit" class="primary">Save</button>
            </form>
            <section class="settings" id="voice-settings">
              <h2>Voice and tones (this browser)</h2>
              <label class="check"><input type="checkbox" id="voice-on"> Speak the cues</label>
              <label for="voice">Voice</label>
              <select id="voice"><option value="">the browser's default</option></select>
              <label for="rate">Speaking rate</label>
              <input id="rate" type="range" min="0.5" max="1.5" step="0.1">
              <label class="check"><input type="checkbox" id="tones-on"> Play tones at hold start, switch and end</label>
              <label for="volume">Tone volume</label>
              <input id="volume" type="range" min="0" max="1" step="0.05">
              <button type="button" id="try-voice">Try it</button>
            </section>
            """);
        return Layout.Page(http, "Settings", main, "settings.js", status: status);
    }

    public static async Task<IResult> Save(HttpContext http, IProgressStore store, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return await Render(http, store, antiforgery, "That form had expired; nothing was saved. Try again.", StatusCodes.Status400BadRequest);
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        if (!double.TryParse(form["pace"], NumberStyles.Float, CultureInfo.InvariantCulture, out var pace) || pace is < 1 or > 30)
        {
            return await Render(http, store, antiforgery, "Breaths a minute must be a number from 1 to 30.", StatusCodes.Status400BadRequest);
        }

        Level? level = Words.TryParse<Level>(form["level"], out var l) ? l : null;
        Side? side = Words.TryParse<Side>(form["tighter"], out var t) ? t : null;
        await store.SaveSettingsAsync(new UserSettings(pace, level, side), http.RequestAborted);
        return Results.Redirect("/settings?saved=1");
    }

    /// <summary>One option per value: the id is sent, the words are shown.</summary>
    private static Markup Options<T>(T? selected) where T : struct, Enum =>
        Html.Join(Enum.GetValues<T>().Select(v => Html.Of($"<option value=\"{Words.Of(v)}\"{Html.When(selected is { } chosen && EqualityComparer<T>.Default.Equals(chosen, v), new Markup(" selected"))}>{Words.Plain(v)}</option>")));
}
