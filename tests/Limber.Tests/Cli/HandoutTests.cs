using System.Diagnostics;
using System.Text.RegularExpressions;
using Limber.Content.Files;
using Limber.Testing;
using Shouldly;

namespace Limber.Tests.Cli;

/// <summary><c>limber handout</c>: the PDF read back with poppler's pdftotext and pdfinfo (test.sh installs them).</summary>
public sealed partial class HandoutTests : IDisposable
{
    private static readonly string[] Five =
        ["hip-crossover-stretch", "lying-cross-over-lower-back-stretch", "lying-cross-over-knee-pull-down-stretch", "seated-hip-stretch-opposite-leg-behind", "restorative-supta-virasana"];

    private readonly string folder = Directory.CreateTempSubdirectory("limber-handout-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Plan()
    {
        var path = Path.Combine(folder, "client-plan.json");
        var items = string.Join(",", Five.Select(id => id == "hip-crossover-stretch"
            ? """{"exerciseId":"hip-crossover-stretch","dose":{"holdSeconds":45,"reps":3}}"""
            : $$"""{"exerciseId":"{{id}}"}"""));
        File.WriteAllText(path, $$"""{"goal":"hips","minutes":20,"items":[{{items}}]}""");
        return path;
    }

    private static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo($"/usr/bin/{tool}") { RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        File.Exists(start.FileName).ShouldBeTrue($"{tool} is needed (Debian's poppler-utils; ./test.sh installs it)");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }

    private static string Words(string text) => Spaces().Replace(text, " ");

    [Fact]
    public void A_five_exercise_plan_prints_on_one_or_two_pages_with_everything_a_client_needs()
    {
        var pdf = Path.Combine(folder, "plan.pdf");
        var run = CliRun.Of("handout", Plan(), "--out", pdf, "--note", "Mornings before work; skip the prone one if your back flares.");
        run.ExitCode.ShouldBe(0, run.Error);

        var pages = int.Parse(PagesLine().Match(Run("pdfinfo", pdf)).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        pages.ShouldBeInRange(1, 2);
        Run("pdfinfo", pdf).ShouldContain("595 x 842 pts (A4)");

        var text = Words(Run("pdftotext", pdf, "-"));
        text.ShouldContain("Coach's note: Mornings before work; skip the prone one if your back flares.");
        text.ShouldContain("hold 45 seconds, 3 times each side");
        foreach (var day in new[] { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" })
        {
            text.ShouldContain(day);
        }

        var catalog = CatalogFolder.Load(Repo.Exercises).Catalog;
        foreach (var (id, n) in Five.Select((id, n) => (id, n + 1)))
        {
            var e = catalog.Find(id)!;
            text.ShouldContain($"{n}. {e.Name}");
            text.ShouldContain(Words(e.Steps[0]));
            foreach (var mistake in e.Mistakes.Take(3))
            {
                text.ShouldContain(Words(mistake)[..Math.Min(40, mistake.Length)]);
            }
        }

        text.ShouldContain(Words(Limber.Exercises.StopSigns.General[0]));
    }

    [Fact]
    public void Letter_paper_is_a_choice()
    {
        var pdf = Path.Combine(folder, "letter.pdf");
        CliRun.Of("handout", Plan(), "--out", pdf, "--paper", "letter").ExitCode.ShouldBe(0);
        Run("pdfinfo", pdf).ShouldContain("612 x 792 pts (letter)");
    }

    [GeneratedRegex(@"Pages:\s+(\d+)")]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
