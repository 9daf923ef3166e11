using Limber.Planning;
using Limber.Sessions;
using Microsoft.AspNetCore.Http;

namespace Limber.Cli.Web;

/// <summary>
/// The plan a page's address asks for (goal, minutes, level, avoid, props, exclude) with the items dropped on the
/// plan page left out, and its handout: what the plan page shows and the print view prints, decided in one place.
/// </summary>
internal sealed record AskedPlan(Plan Plan, PlanRequest Request, IReadOnlyList<PlanItem> Kept, Handout Handout)
{
    /// <summary>The plan, or why there is none: the problems in words and the status to answer with.</summary>
    public static (AskedPlan? Plan, IReadOnlyList<string> Problems, int Status) From(IQueryCollection query, WebCatalog catalog, string? note = null)
    {
        var (request, problems) = PlanAsk.FromQuery(query).Check(catalog);
        if (request is null)
        {
            return (null, [.. problems.Values.SelectMany(p => p)], StatusCodes.Status400BadRequest);
        }

        Plan plan;
        try
        {
            plan = catalog.Planner.Plan(request);
        }
        catch (PlanImpossibleException e)
        {
            return (null, [e.Message], StatusCodes.Status422UnprocessableEntity);
        }

        var dropped = query["drop"].OfType<string>().ToHashSet();
        var kept = plan.Items.Where(i => !dropped.Contains(i.Exercise.Id.Value)).ToList();
        if (kept.Count == 0)
        {
            return (null, ["Every exercise of this plan is dropped."], StatusCodes.Status200OK);
        }

        var handout = Handout.For(plan.Goal.Name, [.. kept.Select(i => new SessionItem(i.Exercise, i.Dose))], SessionOptions.Default with { Level = request.Level }, note);
        return (new AskedPlan(plan, request, kept, handout), [], StatusCodes.Status200OK);
    }
}
