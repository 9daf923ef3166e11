using System.Diagnostics;
using System.Globalization;
using Shouldly;

namespace Limber.Tests.Cli;

/// <summary>The real executable, as a user or a script runs it: exit codes and plain output when piped.</summary>
public sealed class ProcessTests
{
    private static (int Exit, string Out, string Error) Limber(params string[] args)
    {
        using var process = Start(args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }

    private static Process Start(string[] args, string? dataDirectory = null, bool pipeInput = false)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = pipeInput };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "limber.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("LIMBER_CONTENT_DIR");
        start.Environment.Remove("LIMBER_DATABASE");
        start.Environment["LIMBER_DATA_DIR"] = dataDirectory ?? TempData.NewFolder();
        return Process.Start(start)!;
    }

    [Fact]
    public void Piped_output_has_no_colour_codes()
    {
        var (exit, output, _) = Limber("show", "prone-internal-rotation-stretch");
        exit.ShouldBe(0);
        output.ShouldContain("Prone Internal Rotation Stretch");
        output.ShouldNotContain("\u001b[");
    }

    [Fact]
    public void A_user_error_exits_1_with_one_line_and_no_stack_trace()
    {
        var (exit, output, error) = Limber("show", "no-such-stretch");
        exit.ShouldBe(1);
        output.ShouldBeEmpty();
        error.TrimEnd().Split('\n').ShouldHaveSingleItem().ShouldStartWith("limber: no exercise with id 'no-such-stretch'");
        error.ShouldNotContain("   at ");
    }

    [Fact]
    public void An_unknown_verb_exits_1() => Limber("stretchify").Exit.ShouldBe(1);

    [Fact]
    public async Task Ctrl_c_stops_a_session_with_its_summary_and_exit_code_130()
    {
        using var process = Start(["session", "hip-crossover-stretch"]);
        var lines = new List<string>();

        // Wait for the first cue, which shows the session is running, then interrupt it as Ctrl-C does.
        while (await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30)) is { } line)
        {
            lines.Add(line);
            if (line.StartsWith("[00:00]", StringComparison.Ordinal))
            {
                break;
            }
        }

        using (var interrupt = Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await interrupt.WaitForExitAsync();
        }

        lines.Add(await process.StandardOutput.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30)));
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(130);
        string.Join('\n', lines).ShouldContain("Session stopped at 00:00 after 0 of 6 holds.");
    }

    [Fact]
    public async Task Rate_reads_answers_piped_on_stdin_a_line_each()
    {
        // The shortest real session: one two-sided hold of 5 breaths at 30 a minute, about 40 s of real time.
        var data = TempData.NewFolder();
        using var process = Start(["session", "restorative-supta-virasana", "--rate", "--level", "beginner", "--pace", "30"], data, pipeInput: true);
        await process.StandardInput.WriteAsync("7\np\n3\n");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(120));

        process.ExitCode.ShouldBe(0, await error);
        (await output).ShouldContain("It pinched. Any pain with it? 0-9, + for 10");
        var history = CliRun.With(new Dictionary<string, string> { ["LIMBER_DATA_DIR"] = data }, "history").Out;
        history.ShouldContain(",7,3,true,");
    }
}
