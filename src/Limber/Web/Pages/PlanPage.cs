using Limber.Cli.Sessions;
using Limber.Exercises;
using Limber.Planning;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Limber.Cli.Web.Pages;

/// <summary>
/// <c>/plan</c>: the plan builder (goal, minutes, level, positions to avoid, props at hand). The plan shows each
/// exercise's reason in one line and the total time; an item can be swapped (the planner picks another) or dropped
/// before starting. Asking for a plan changes nothing, so the form is a GET and a plan is a link.
/// </summary>
internal static class PlanPage
{
    public static IResult Render(HttpContext http, WebCatalog catalog, IAntiforgery antiforgery)
    {
        var q = http.Request.Query;
        var asked = q.ContainsKey("goal");
        var ask = PlanAsk.FromQuery(q);
        var result = Markup.Empty;
        var status = StatusCodes.Status200OK;
        if (asked)
        {
            (var plan, var problems, status) = AskedPlan.From(q, catalog);
            result = plan is not null
                ? Plan(http, plan, antiforgery)
                : Html.Of($"<div class=\"notice\" role=\"alert\"><ul>{Html.Join(problems.Select(p => Html.Of($"<li>{p}</li>")))}</ul>{Html.When(q.ContainsKey("drop"), Html.Of($"<p><a href=\"{QueryHelpers.AddQueryString("/plan", q.Where(p => p.Key != "drop").SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v))))}\">Bring the dropped exercises back</a></p>"))}</div>");
        }

        var main = Html.Of($"""
            <h1>Plan a routine</h1>
            <form method="get" action="/plan" class="plan-form">
              <label for="goal">What is it for?</label>
              <select id="goal" name="goal">{Html.Join(catalog.Goals.Select(g => Html.Of($"<option value=\"{g.Id}\"{Html.When(g.Id == ask.Goal, new Markup(" selected"))}>{g.Name}</option>")))}</select>
              <label for="minutes">Minutes</label>
              <input id="minutes" name="minutes" type="number" inputmode="numeric" min="{PlanRequest.MinMinutes}" max="{PlanRequest.MaxMinutes}" value="{ask.Minutes}">
              <label for="level">Your level</label>
              <select id="level" name="level"><option value="">any</option>{Html.Join(Enum.GetValues<Level>().Select(l => Html.Of($"<option value=\"{Words.Of(l)}\"{Html.When(Words.Of(l) == ask.Level, new Markup(" selected"))}>{Words.Plain(l)}</option>")))}</select>
              <fieldset><legend>Positions to avoid</legend>{Html.Join(Enum.GetValues<Position>().Select(p => Box("avoid", Words.Of(p), Words.Plain(p), ask.Avoid?.Contains(Words.Of(p)) == true)))}</fieldset>
              <fieldset><legend>Props you have (tick what is at hand; a mat is never needed)</legend>{Html.Join(Props.Known.Where(p => p is not ("other" or "mat")).Select(p => Box("equipment", p, Words.PlainProp(p), ask.Equipment?.Contains(p) == true)))}</fieldset>
              <fieldset><legend>Help</legend>{Box("partner", "yes", "Someone is here to help (partner stretches)", ask.Partner == true)}</fieldset>
              {Html.Join((ask.Exclude ?? []).Select(x => Html.Of($"<input type=\"hidden\" name=\"exclude\" value=\"{x}\">")))}
              <button type="submit" class="primary">Plan it</button>
            </form>
            <div id="plan" aria-live="polite">{result}</div>
            """);
        return Layout.Page(http, "Plan", main, status: status);
    }

    /// <summary>A tick box that sends the id and shows the words.</summary>
    private static Markup Box(string name, string value, string label, bool on) =>
        Html.Of($"<label class=\"check\"><input type=\"checkbox\" name=\"{name}\" value=\"{value}\"{Html.When(on, new Markup(" checked"))}> {label}</label>");

    private static Markup Plan(HttpContext http, AskedPlan asked, IAntiforgery antiforgery)
    {
        var (plan, request, kept, handout) = asked;
        var items = kept.Zip(handout.Entries, (i, entry) => Html.Of($"""
                <li class="plan-item">
                  <a class="name" href="/exercises/{i.Exercise.Id.Value}">{i.Exercise.Name}</a>
                  <span class="facts">{i.DoseText} · {Clock.Format(entry.Seconds)}</span>
                  <span class="why">{i.Reason}</span>
                  <span class="actions"><a href="{Without(http.Request.Query, i.Exercise.Id.Value, swap: true)}">Swap</a> <a href="{Without(http.Request.Query, i.Exercise.Id.Value, swap: false)}">Drop</a></span>
                </li>
                """));
        var hidden = kept.Select(i => Html.Of($"<input type=\"hidden\" name=\"item\" value=\"{i.Exercise.Id.Value}|{i.Dose.HoldSeconds}|{i.Dose.HoldBreaths}|{i.Dose.Reps}\">"));
        return Html.Of($"""
            <h2>{plan.Goal.Name}: {Clock.Format(handout.TotalSeconds)} of {request.Minutes} minutes</h2>
            <p>{plan.Goal.Description}</p>
            <ol class="plan">{items}</ol>
            {Html.Join(plan.Notes.Select(n => Html.Of($"<p class=\"notice\">{n}</p>")))}
            <form method="post" action="/sessions" class="start">{Layout.Antiforgery(http, antiforgery)}<input type="hidden" name="source" value="plan {plan.Goal.Id}">{hidden}<button type="submit" class="primary">Start this plan</button></form>
            <p><a href="/plan/print{http.Request.QueryString.Value}">Print this plan as a handout</a></p>
            """);
    }

    /// <summary>The plan's address with one exercise swapped for another or dropped.</summary>
    private static string Without(IQueryCollection query, string id, bool swap)
    {
        var pairs = query.SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v))).ToList();
        // A swap plans again without the exercise, so another fills its time; a drop keeps the plan and leaves it out.
        pairs.Add(new(swap ? "exclude" : "drop", id));

        return QueryHelpers.AddQueryString("/plan", pairs);
    }
}
