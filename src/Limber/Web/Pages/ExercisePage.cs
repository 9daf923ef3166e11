using Limber.Content.Export;
using Limber.Exercises;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Limber.Cli.Web.Pages;

/// <summary>
/// <c>/exercises/{id}</c>: one exercise top to bottom like a good article, stop signs highlighted near the top,
/// and a one-tap start.
/// </summary>
internal static class ExercisePage
{
    /// <summary>The default encoder escapes &lt;, &gt; and &amp;: no text of the record can close the script element.</summary>
    private static readonly System.Text.Json.JsonSerializerOptions LinkedData = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default };

    public static IResult Render(HttpContext http, string id, WebCatalog catalog, IAntiforgery antiforgery)
    {
        if (catalog.Exercises.Find(id) is not { } e)
        {
            var close = catalog.Exercises.Closest(id).Select(c => Html.Of($"<li><a href=\"/exercises/{c.Value}\">{c.Value}</a></li>"));
            return Layout.Page(http, "Not found", Html.Of($"<h1>No exercise “{id}”</h1><ul>{close}</ul><p><a href=\"/\">All exercises</a></p>"), status: StatusCodes.Status404NotFound);
        }

        var aliases = e.Aliases.Count > 0 ? Html.Of($"<p class=\"aliases\">Also called {string.Join(", ", e.Aliases)}</p>") : Markup.Empty;
        var summary = e.Summary is null ? Markup.Empty : Html.Of($"<p class=\"lead\">{e.Summary}</p>");
        var main = Html.Of($"""
            <script type="application/ld+json">{new Markup(ExerciseJsonLd.HowTo(e).ToJsonString(LinkedData))}</script>
            <article class="exercise">
            <h1>{e.Name}</h1>
            {aliases}
            {summary}
            <form method="post" action="/sessions" class="start">{Layout.Antiforgery(http, antiforgery)}<input type="hidden" name="exercise" value="{e.Id.Value}"><button type="submit" class="primary">Start this stretch</button></form>
            <dl class="facts">
              {Html.Join(ExerciseFacts.Of(e).Select(f => Html.Of($"<dt>{f.Label}</dt><dd>{f.Value}</dd>")))}
            </dl>
            <section class="safety" aria-labelledby="stop-signs"><h2 id="stop-signs">Stop signs</h2><ul>{Items(StopSigns.For(e))}</ul></section>
            <section><h2>Steps</h2><ol class="steps">{Items(e.Steps)}</ol></section>
            {List("Breathing", e.Breathing)}
            {List("Mistakes to avoid", e.Mistakes)}
            {List("Tips", e.Tips)}
            {Faq(e.Faq)}
            {Modifications(e.Modifications)}
            {List("Benefits", e.Benefits)}
            {Source(e.Source)}
            </article>
            """);
        return Layout.Page(http, e.Name, main);
    }

    /// <summary>The article's title, a link to it when it is on the web, and the licence; never the seed file's name.</summary>
    private static Markup Source(SourceReference source) =>
        Html.Of($"<p class=\"source\">Source: {source.Title}{(source.License is null ? "" : $", licence: {source.License}")}{Html.When(source.WebUrl is not null, Html.Of($" · <a href=\"{source.WebUrl}\" rel=\"noreferrer\">original article</a>"))}</p>");

    private static Markup Items(IEnumerable<string> items) => Html.Join(items.Select(i => Html.Of($"<li>{i}</li>")));

    private static Markup List(string heading, IReadOnlyList<string> items) =>
        items.Count == 0 ? Markup.Empty : Html.Of($"<section><h2>{heading}</h2><ul>{Items(items)}</ul></section>");

    private static Markup Faq(IReadOnlyList<FaqEntry> faq) =>
        faq.Count == 0 ? Markup.Empty : Html.Of($"<section><h2>Questions</h2><dl class=\"faq\">{Html.Join(faq.Select(f => Html.Of($"<dt>{f.Question}</dt><dd>{f.Answer}</dd>")))}</dl></section>");

    private static Markup Modifications(IReadOnlyList<Modification> modifications) =>
        modifications.Count == 0 ? Markup.Empty : Html.Of($"<section><h2>Modifications</h2><ul>{Html.Join(modifications.Select(m =>
            Html.Of($"<li><strong>{m.Name}</strong>{(m.Kind is { } k ? $" ({Words.Plain(k)})" : "")}{(m.Description is null ? "" : $": {m.Description}")}</li>")))}</ul></section>");
}
