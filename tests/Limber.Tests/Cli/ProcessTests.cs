using System.Diagnostics;
using Shouldly;

namespace Limber.Tests.Cli;

/// <summary>The real executable, as a user or a script runs it: exit codes and plain output when piped.</summary>
public sealed class ProcessTests
{
    private static (int Exit, string Out, string Error) Limber(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "limber.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("LIMBER_CONTENT_DIR");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
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
}
