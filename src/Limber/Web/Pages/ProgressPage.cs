using System.Globalization;
using Limber.Exercises;
using Limber.Progress;
using Microsoft.AspNetCore.Http;

namespace Limber.Cli.Web.Pages;

/// <summary>
/// <c>/progress</c>: per exercise, left and right side by side (tightness over time, pain marked), what the log
/// changes in the next session in words, and the recent sessions.
/// </summary>
internal static class ProgressPage
{
    public static async Task<IResult> Render(HttpContext http, WebCatalog catalog, IProgressStore store)
    {
        var holds = await store.HoldsAsync(cancel: http.RequestAborted);
        var sessions = await store.SessionsAsync(10, http.RequestAborted);
        var reports = ProgressReport.From(holds);
        if (reports.Count == 0)
        {
            return Layout.Page(http, "Progress", Html.Of($"<h1>Progress</h1><p>Nothing logged yet. <a href=\"/plan\">Plan a routine</a> or <a href=\"/\">pick a stretch</a>, rate each side after a hold, and your progress shows here.</p>"));
        }

        var byExercise = holds.ToLookup(h => h.Exercise);
        var cards = reports.Select(r =>
        {
            var exercise = catalog.Exercises.Find(r.Exercise);
            var name = exercise?.Name ?? r.Exercise.Value;
            var points = r.Sessions;
            var charts = points.Any(p => p.Left.Holds + p.Right.Holds > 0)
                ? Html.Join([SideChart.Svg("Left", [.. points.Select(p => (p.At, p.Left))]), SideChart.Svg("Right", [.. points.Select(p => (p.At, p.Right))])])
                : SideChart.Svg("Both sides", [.. points.Select(p => (p.At, p.Both))]);
            var changes = exercise is null ? [] : Adaptation.For(exercise, [.. byExercise[r.Exercise]]);
            return Html.Of($"""
                <section class="progress-card">
                <h2><a href="/exercises/{r.Exercise.Value}">{name}</a></h2>
                <p class="facts">{points.Count} session{(points.Count == 1 ? "" : "s")}{Asymmetry(r)}</p>
                <div class="sides">{charts}</div>
                {Html.When(changes.Count > 0, Html.Of($"<ul class=\"changes\">{Html.Join(changes.Select(c => Html.Of($"<li>Next time: {c.Reason}</li>")))}</ul>"))}
                </section>
                """);
        });
        var recent = sessions.Select(s => Html.Of($"<li>{s.StartedAt.ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture)} · {SessionName(s.Source, catalog)} · {s.Holds.Count} hold{(s.Holds.Count == 1 ? "" : "s")} · {Words.Plain(s.Status)}</li>"));
        var main = Html.Of($"""
            <h1>Progress</h1>
            <p class="legend">Lines show tightness from 0 to 10 per session; squares mark pain, rings a pinch.</p>
            {cards}
            <section><h2>Recent sessions</h2><ul class="sessions">{recent}</ul><p><a href="/api/history">The whole log as JSON</a></p></section>
            """);
        return Layout.Page(http, "Progress", main);
    }

    /// <summary>
    /// What a session was, in words: the log keeps how it was started ("plan lower-back", "hip-crossover-stretch
    /// restorative-supta-virasana"), ids that read as code, so a goal is named by its name and exercises by theirs.
    /// </summary>
    private static string SessionName(string source, WebCatalog catalog)
    {
        if (source.StartsWith("plan ", StringComparison.Ordinal) && catalog.Goal(source["plan ".Length..]) is { } goal)
        {
            return $"plan: {goal.Name}";
        }

        var exercises = source.Split(' ').Select(id => catalog.Exercises.Find(id)).ToList();
        return exercises.All(e => e is not null) ? string.Join(", ", exercises.Select(e => e!.Name)) : source;
    }

    private static string Asymmetry(ProgressReport report) =>
        report.SideDifference is { } d && Math.Abs(d) >= 0.5
            ? $" · your {(d > 0 ? "left" : "right")} side is {Math.Abs(d).ToString("0.#", CultureInfo.InvariantCulture)} points tighter on average lately"
            : "";
}
