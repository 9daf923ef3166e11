using System.Globalization;
using Limber.Sessions;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Limber.Cli.Web.Pages;

/// <summary>
/// <c>POST /sessions</c>: the start buttons of the exercise and plan pages. It starts the session like the API does
/// and sends the browser to its player.
/// </summary>
internal static class SessionForms
{
    public static async Task<IResult> Start(HttpContext http, WebCatalog catalog, SessionBook book, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Layout.Page(http, "Expired", Html.Of($"<h1>That form has expired</h1><p>Go back, reload the page and try again.</p>"), status: StatusCodes.Status400BadRequest);
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var items = new List<SessionItem>();
        foreach (var id in form["exercise"].OfType<string>())
        {
            if (catalog.Exercises.Find(id) is not { } exercise)
            {
                return Layout.Page(http, "Cannot start", Html.Of($"<h1>No exercise “{id}”</h1><p><a href=\"/\">Choose one from the catalog</a>.</p>"), status: StatusCodes.Status400BadRequest);
            }

            items.Add(new SessionItem(exercise));
        }

        // A plan's items: "exerciseId|holdSeconds|holdBreaths|reps", empty where the plan keeps the exercise's dose.
        foreach (var item in form["item"].OfType<string>())
        {
            var parts = item.Split('|');
            var exercise = parts.Length == 4 ? catalog.Exercises.Find(parts[0]) : null;
            if (exercise is null)
            {
                return Layout.Page(http, "Cannot start", Html.Of($"<h1>That plan cannot start</h1><p>It names an exercise the catalog does not have.</p>"), status: StatusCodes.Status400BadRequest);
            }

            var dose = new DoseOverride(Number(parts[1]), Number(parts[2]), Number(parts[3]));
            items.Add(new SessionItem(exercise, dose.IsEmpty ? null : dose));
        }

        if (items.Count == 0)
        {
            return Layout.Page(http, "Cannot start", Html.Of($"<h1>Nothing to start</h1><p><a href=\"/\">Choose an exercise</a> or <a href=\"/plan\">plan a routine</a>.</p>"), status: StatusCodes.Status400BadRequest);
        }

        var source = form["source"].ToString() is { Length: > 0 and <= 100 } named ? named : string.Join(" ", items.Select(i => i.Exercise.Id.Value));
        try
        {
            var started = await book.StartAsync(source, items, null, http.RequestAborted);
            return Results.Redirect($"/player/{started.Id}", permanent: false, preserveMethod: false);
        }
        catch (InvalidSessionException e)
        {
            return Layout.Page(http, "Cannot start", Html.Of($"<h1>That session cannot start</h1><p>{e.Message}</p>"), status: StatusCodes.Status400BadRequest);
        }
    }

    private static int? Number(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
