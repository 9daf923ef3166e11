using System.Text;
using Limber.Content.Files;
using Limber.Testing;
using Shouldly;

namespace Limber.Tests.Cli;

/// <summary>
/// The plans for every shipped goal at 5, 10 and 20 minutes, as <c>limber plan</c> prints them, kept in
/// <c>plans.golden.txt</c> and read by a person when they change: a change in any plan shows in review. After a
/// change that is meant, write the file again with <c>LIMBER_UPDATE_GOLDEN=1 dotnet test --filter PlanGolden</c>.
/// </summary>
public sealed class PlanGoldenTests
{
    private static readonly string GoldenPath = Path.Combine(Repo.Root, "tests", "Limber.Tests", "Cli", "plans.golden.txt");

    [Fact]
    public void The_shipped_plans_are_the_ones_reviewed()
    {
        var text = new StringBuilder();
        foreach (var goal in GoalFile.Load(Path.Combine(Repo.Root, "content")).Goals)
        {
            foreach (var minutes in new[] { 5, 10, 20 })
            {
                var run = CliRun.Of("plan", "--goal", goal.Id, "--minutes", minutes.ToString(System.Globalization.CultureInfo.InvariantCulture));
                text.Append(Heading(goal.Id, minutes)).Append(run.ExitCode == 0 ? run.Out : run.Error).Append('\n');
            }
        }

        var plans = text.ToString().ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("LIMBER_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(GoldenPath, plans);
        }

        plans.ShouldBe(File.ReadAllText(GoldenPath).ReplaceLineEndings("\n"));
    }

    private static string Heading(string goal, int minutes) => $"===== limber plan --goal {goal} --minutes {minutes}\n";
}
