using Microsoft.AspNetCore.Http;

namespace Limber.Cli.Web.Pages;

/// <summary>
/// <c>/player/{id}</c>: the guided player's frame. The script reads the session from <c>/api/sessions/{id}</c>
/// and drives it; everything it shows during a hold is laid out here for large type and one-tap control.
/// </summary>
internal static class PlayerPage
{
    public static IResult Render(HttpContext http, long id, WebSettings settings)
    {
        var main = Html.Of($"""
            <div class="player" id="player" data-session="{id}" data-allow-speed="{(settings.AllowClockSpeed ? "true" : "false")}">
              <h1 class="visually-hidden">Guided session</h1>
              <p class="exercise" id="exercise">Loading the session…</p>
              <p class="side" id="side" aria-hidden="true"></p>
              <p class="countdown" id="countdown" aria-hidden="true">--:--</p>
              <p class="cue" id="cue" aria-live="polite"></p>
              <p class="next" id="next"></p>
              <div class="bar" id="bar" role="progressbar" aria-label="Whole session" aria-valuemin="0" aria-valuemax="100" aria-valuenow="0"><span id="bar-fill"></span></div>
              <div class="controls">
                <button type="button" id="back" aria-label="Back">‹ Back</button>
                <button type="button" id="pause" class="primary" aria-label="Start">▶ Start</button>
                <button type="button" id="next-segment" aria-label="Next">Next ›</button>
              </div>
              <details class="stop-signs" id="stop-signs"><summary>Stop signs</summary><ul id="stop-list"></ul></details>
              <section class="rating" id="rating" hidden aria-labelledby="rating-title">
                <h2 id="rating-title">How did that feel?</h2>
                <p class="rating-label" id="tight-label">Tightness</p>
                <div class="scale" id="tightness" role="group" aria-labelledby="tight-label"></div>
                <p class="rating-label" id="pain-label">Pain</p>
                <div class="scale" id="pain" role="group" aria-labelledby="pain-label"></div>
                <div class="rating-actions"><button type="button" id="pinch" aria-pressed="false">It pinched</button><button type="button" id="save-rating" class="primary">Save</button><button type="button" id="skip-rating">Skip</button></div>
              </section>
              <p class="advice" id="advice" role="status"></p>
              <p class="status" id="status" role="status"></p>
              <div class="done" id="done" hidden><h2>Session done</h2><p id="summary"></p><p><a href="/progress">See your progress</a></p></div>
            </div>
            """);
        return Layout.Page(http, "Session", main, "player.js", bodyClass: "dark");
    }
}
