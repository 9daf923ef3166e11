using Limber.Cli.Sessions;
using Limber.Exercises;
using Limber.Planning;
using Microsoft.AspNetCore.Http;

namespace Limber.Cli.Web.Pages;

/// <summary>
/// <c>/plan/print</c>: the plan of the same address as a handout to print (the same content as <c>limber handout</c>):
/// names, doses in words, numbered steps, key mistakes, stop signs, a note for the client, a box per day.
/// </summary>
internal static class PrintPage
{
    private static readonly string[] Week = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    public static IResult Render(HttpContext http, WebCatalog catalog)
    {
        var note = http.Request.Query["note"].ToString() is { Length: > 0 and <= 500 } n ? n : null;
        var (asked, problems, status) = AskedPlan.From(http.Request.Query, catalog, note);
        if (asked is null)
        {
            return Layout.Page(http, "Print", Html.Of($"<h1>Nothing to print</h1><p>{string.Join(" ", problems)}</p><p><a href=\"/plan{http.Request.QueryString.Value}\">Back to the plan</a></p>"), status: status == StatusCodes.Status200OK ? StatusCodes.Status400BadRequest : status);
        }

        var handout = asked.Handout;
        var kept = http.Request.Query.Where(q => q.Key != "note").SelectMany(q => q.Value.Select(v => Html.Of($"<input type=\"hidden\" name=\"{q.Key}\" value=\"{v}\">")));
        var main = Html.Of($"""
            <div class="no-print">
              <form method="get" action="/plan/print" class="settings">{Html.Join(kept)}
                <label for="note">A note for your client (printed at the top)</label>
                <input id="note" name="note" maxlength="500" value="{note ?? ""}">
                <button type="submit">Add the note</button>
              </form>
              <p><button type="button" id="print" class="primary">Print</button> <a href="/plan{http.Request.QueryString.Value}">Back to the plan</a></p>
            </div>
            <article class="handout">
            <h1>{handout.Title}</h1>
            <p>{handout.Entries.Count} exercise{(handout.Entries.Count == 1 ? "" : "s")}, about {Clock.Format(handout.TotalSeconds)} in all</p>
            {Html.When(handout.CoachNote is not null, Html.Of($"<p class=\"note-box\"><strong>Coach's note:</strong> {handout.CoachNote}</p>"))}
            <p class="week">Done this week: {Html.Join(Week.Select(d => Html.Of($"<span class=\"tick\">☐ {d}</span> ")))}</p>
            {Html.Join(handout.Entries.Select((e, i) => Entry(e, i + 1)))}
            <section><h2>Stop signs for every exercise</h2><ul>{Html.Join(StopSigns.General.Select(s => Html.Of($"<li>{s}</li>")))}</ul></section>
            </article>
            """);
        return Layout.Page(http, $"Handout: {handout.Title}", main, "print.js", bodyClass: "print-view");
    }

    private static Markup Entry(Handout.Entry entry, int number) => Html.Of($"""
        <section class="handout-item">
        <h2>{number}. {entry.Exercise.Name}</h2>
        <p><strong>{entry.Dose}</strong> · about {Clock.Format(entry.Seconds)}</p>
        <ol>{Html.Join(entry.Exercise.Steps.Select(s => Html.Of($"<li>{s}</li>")))}</ol>
        {Html.When(entry.Mistakes.Count > 0, Html.Of($"<p><strong>Avoid</strong></p><ul>{Html.Join(entry.Mistakes.Select(m => Html.Of($"<li>{m}</li>")))}</ul>"))}
        {Html.When(entry.StopSigns.Count > 0, Html.Of($"<p><strong>Stop if</strong></p><ul>{Html.Join(entry.StopSigns.Select(m => Html.Of($"<li>{m}</li>")))}</ul>"))}
        </section>
        """);
}
