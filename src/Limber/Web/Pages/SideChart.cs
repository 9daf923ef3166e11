using System.Globalization;
using Limber.Progress;

namespace Limber.Cli.Web.Pages;

/// <summary>
/// One side's tightness over its sessions as a small SVG line chart (0 to 10, oldest left), with a mark where a
/// session had pain and a ring where it pinched. Drawn on the server: no chart library, nothing from another host.
/// </summary>
internal static class SideChart
{
    private const int Width = 300;
    private const int Height = 120;
    private const int Pad = 14;

    public static Markup Svg(string side, IReadOnlyList<(DateTimeOffset At, SideSummary Summary)> points)
    {
        var rated = points.Where(p => p.Summary.Tightness is not null).ToList();
        if (rated.Count == 0)
        {
            return Html.Of($"<p class=\"chart-empty\">{side}: no rated holds yet.</p>");
        }

        double X(int i) => rated.Count == 1 ? Width / 2.0 : Pad + (i * (Width - (2.0 * Pad)) / (rated.Count - 1));
        double Y(double v) => Height - Pad - (v / Rating.Max * (Height - (2.0 * Pad)));
        string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

        var line = string.Join(' ', rated.Select((p, i) => $"{F(X(i))},{F(Y(p.Summary.Tightness!.Value))}"));
        var marks = Html.Join(rated.Select((p, i) =>
        {
            var s = p.Summary;
            var title = $"{p.At:d MMM}: tightness {F(s.Tightness!.Value)}, pain {F(s.Pain ?? 0)}{(s.Pinch ? ", pinched" : "")}";
            var dot = Html.Of($"<circle class=\"point\" cx=\"{F(X(i))}\" cy=\"{F(Y(s.Tightness!.Value))}\" r=\"3\"><title>{title}</title></circle>");
            var pain = s.Pain is > 0 ? Html.Of($"<rect class=\"pain\" x=\"{F(X(i) - 3)}\" y=\"{F(Y(s.Pain.Value) - 3)}\" width=\"6\" height=\"6\"><title>{title}</title></rect>") : Markup.Empty;
            var pinch = s.Pinch ? Html.Of($"<circle class=\"pinch\" cx=\"{F(X(i))}\" cy=\"{F(Y(s.Tightness!.Value))}\" r=\"7\"/>") : Markup.Empty;
            return Html.Join([dot, pain, pinch]);
        }));
        var first = rated[0].Summary.Tightness!.Value;
        var last = rated[^1].Summary.Tightness!.Value;
        var description = $"{side} side tightness over {rated.Count} session{(rated.Count == 1 ? "" : "s")}, from {F(first)} to {F(last)} out of 10.";
        return Html.Of($"""
            <figure class="chart">
            <svg viewBox="0 0 {Width} {Height}" role="img" aria-label="{description}" preserveAspectRatio="none">
            <line class="axis" x1="{Pad}" y1="{Height - Pad}" x2="{Width - Pad}" y2="{Height - Pad}"/>
            <line class="grid" x1="{Pad}" y1="{F(Y(5))}" x2="{Width - Pad}" y2="{F(Y(5))}"/>
            <polyline class="tightness" points="{line}"/>
            {marks}
            </svg>
            <figcaption>{side}: {F(first)} → {F(last)}</figcaption>
            </figure>
            """);
    }
}
