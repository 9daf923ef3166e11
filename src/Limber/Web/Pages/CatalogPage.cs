using Limber.Exercises;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Limber.Cli.Web.Pages;

/// <summary>
/// <c>/</c>: the catalog with filter chips (target, position, props, level, use) and a search that answers as you
/// type (the script asks this page for its results part only, <c>?part=results</c>).
/// </summary>
internal static class CatalogPage
{
    private static readonly string[] Dimensions = ["target", "position", "equipment", "level", "use"];

    public static IResult Render(HttpContext http, WebCatalog catalog)
    {
        var (query, problems) = CatalogQuery.Parse(http.Request.Query, defaultLimit: CatalogQuery.MaxLimit);
        if (query is null)
        {
            var list = Html.Join(problems.Values.SelectMany(p => p).Select(p => Html.Of($"<li>{p}</li>")));
            return Layout.Page(http, "Exercises", Html.Of($"<h1>Exercises</h1><div class=\"notice\" role=\"alert\"><p>Those filters do not work:</p><ul>{list}</ul><p><a href=\"/\">Show every exercise</a></p></div>"), status: StatusCodes.Status400BadRequest);
        }

        var results = Results(query, catalog);
        if (http.Request.Query["part"] == "results")
        {
            return Microsoft.AspNetCore.Http.Results.Content(results.Value, "text/html; charset=utf-8");
        }

        var text = query.Text ?? "";
        var main = Html.Of($"""
            <h1>Exercises</h1>
            <form class="search" role="search" method="get" action="/">
              <label for="q">Search by name, body part or word</label>
              <div class="row"><input id="q" name="q" type="search" value="{text}" autocomplete="off" placeholder="hip, lower back, pigeon..."><button type="submit">Search</button></div>
              {Html.Join(Dimensions.Where(d => http.Request.Query[d].Count > 0).Select(d => Html.Of($"<input type=\"hidden\" name=\"{d}\" value=\"{http.Request.Query[d].ToString()}\">")))}
            </form>
            <section class="filters" aria-label="Filters">
            {Html.Join(Dimensions.Select(d => Chips(http.Request.Query, d, Values(catalog, d))))}
            </section>
            <div id="results" aria-live="polite">{results}</div>
            """);
        return Layout.Page(http, "Exercises", main, "catalog.js");
    }

    private static Markup Results(CatalogQuery query, WebCatalog catalog)
    {
        var (page, total) = query.Run(catalog);
        if (total == 0)
        {
            return Html.Of($"<p class=\"count\">No exercise matches. <a href=\"/\">Clear the filters</a></p>");
        }

        var cards = page.Select(e => Html.Of($"""
            <li class="card"><a href="/exercises/{e.Id.Value}"><span class="name">{e.Name}</span></a>
            <span class="facts">{(e.Position is { } p ? $"{Words.Plain(p)} · " : "")}{e.Dosage.DescribeBriefly()}</span>
            <span class="targets">{string.Join(", ", e.PrimaryTargets.Select(Words.PlainTarget))}</span></li>
            """));
        var more = total > page.Count ? Html.Of($"<p>Showing the first {page.Count}; search or filter to narrow them.</p>") : Markup.Empty;
        return Html.Of($"<p class=\"count\">{total} exercise{(total == 1 ? "" : "s")}</p><ul class=\"cards\">{cards}</ul>{more}");
    }

    /// <summary>
    /// The values a dimension takes in this catalog, so no chip leads to an empty list: the id the address carries
    /// and the words the chip shows, in the order of the words.
    /// </summary>
    private static IReadOnlyList<(string Value, string Label)> Values(WebCatalog catalog, string dimension)
    {
        var all = catalog.Exercises.Exercises;
        IEnumerable<(string, string)> values = dimension switch
        {
            "target" => all.SelectMany(e => e.Targets).Select(t => (t, Words.PlainTarget(t))),
            "position" => all.Where(e => e.Position is not null).Select(e => (Words.Of(e.Position!.Value), Words.Plain(e.Position!.Value))),
            "equipment" => all.SelectMany(e => e.Equipment).Select(p => (p, Words.PlainProp(p))),
            "level" => all.Where(e => e.Level is not null).Select(e => (Words.Of(e.Level!.Value), Words.Plain(e.Level!.Value))),
            _ => all.SelectMany(e => e.UseCases).Select(u => (Words.Of(u), Words.Plain(u))),
        };
        return [.. values.Distinct().OrderBy(v => v.Item2, StringComparer.Ordinal)];
    }

    private static Markup Chips(IQueryCollection query, string dimension, IReadOnlyList<(string Value, string Label)> values)
    {
        if (values.Count == 0)
        {
            return Markup.Empty;
        }

        var label = dimension switch { "equipment" => "Props", "use" => "Good for", _ => char.ToUpperInvariant(dimension[0]) + dimension[1..] };
        var current = query[dimension].ToString();
        var chips = values.Select(v =>
        {
            var on = v.Value == current;
            return Html.Of($"<li><a class=\"chip\" href=\"{Toggle(query, dimension, on ? null : v.Value)}\" {Html.When(on, new Markup(" aria-current=\"true\""))}>{v.Label}</a></li>");
        });
        return Html.Of($"<div class=\"chips\"><h2 id=\"f-{dimension}\">{label}</h2><ul aria-labelledby=\"f-{dimension}\">{chips}</ul></div>");
    }

    /// <summary>This page's address with one filter set to <paramref name="value"/> (or removed), the others kept.</summary>
    private static string Toggle(IQueryCollection query, string dimension, string? value)
    {
        var kept = query.Where(q => q.Key != dimension && q.Key != "part" && q.Key != "offset")
            .Select(q => new KeyValuePair<string, string?>(q.Key, q.Value.ToString()))
            .ToList();
        if (value is not null)
        {
            kept.Add(new(dimension, value));
        }

        return QueryHelpers.AddQueryString("/", kept);
    }
}
