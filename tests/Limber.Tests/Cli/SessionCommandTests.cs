using System.Text.Json;
using System.Text.RegularExpressions;
using Limber.Testing;
using Shouldly;

namespace Limber.Tests.Cli;

public sealed partial class SessionCommandTests
{
    private static readonly Dictionary<string, string> NoEnv = [];

    /// <summary>Plays a session on a fake clock: the whole thing runs in milliseconds.</summary>
    private static async Task<(CliRun Run, ManualTime Time)> Play(bool live, (double, char)[] keys, params string[] args) =>
        await Play(NoEnv, live, keys, args);

    private static async Task<(CliRun Run, ManualTime Time)> Play(Dictionary<string, string> env, bool live, (double, char)[] keys, params string[] args)
    {
        var time = new ManualTime();
        var run = CliRun.WithAsync(env, time, new ScriptedKeyboard(time, keys), live, args);
        await time.DriveAsync(run, TimeSpan.FromHours(2));
        return (await run, time);
    }

    [Fact]
    public void Dry_run_prints_the_exact_timeline_as_json()
    {
        var run = CliRun.Of("session", "hip-crossover-stretch", "--dry-run", "--format", "json");
        run.ExitCode.ShouldBe(0);
        using var json = JsonDocument.Parse(run.Out);
        var segments = json.RootElement.GetProperty("segments").EnumerateArray().ToList();
        var holds = segments.Where(s => s.GetProperty("kind").GetString() == "hold").ToList();
        holds.Select(h => h.GetProperty("side").GetString()).ShouldBe(["left", "right", "left", "right", "left", "right"]);
        holds.ShouldAllBe(h => h.GetProperty("duration").GetInt32() == 45);
        var total = 0;
        foreach (var s in segments)
        {
            s.GetProperty("start").GetInt32().ShouldBe(total);
            total += s.GetProperty("duration").GetInt32();
        }

        json.RootElement.GetProperty("totalSeconds").GetInt32().ShouldBe(total);
        segments[0].GetProperty("cues").EnumerateArray().Select(c => c.GetProperty("text").GetString()).ShouldContain(t => t!.StartsWith("Start position:", StringComparison.Ordinal));
    }

    [Fact]
    public void Dry_run_of_a_breath_counted_hold_gives_its_breaths()
    {
        var run = CliRun.Of("session", "restorative-supta-virasana", "--dry-run", "--format", "json", "--level", "beginner", "--pace", "5");
        using var json = JsonDocument.Parse(run.Out);
        var hold = json.RootElement.GetProperty("segments").EnumerateArray().Single(s => s.GetProperty("kind").GetString() == "hold");
        hold.GetProperty("breaths").GetInt32().ShouldBe(5);
        hold.GetProperty("duration").GetInt32().ShouldBe(60);
        hold.GetProperty("side").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void Dry_run_text_notes_a_default_dose()
    {
        var run = CliRun.Of("session", "lying-cross-over-knee-pull-down-stretch", "--dry-run");
        run.ExitCode.ShouldBe(0);
        run.Out.ShouldStartWith("Note: Lying Cross-Over Knee Pull-Down Stretch: the source gives no number for the hold");
        run.Out.ShouldContain("Total: ");
    }

    [Theory]
    [InlineData(new[] { "session" }, "limber: name at least one exercise")]
    [InlineData(new[] { "session", "hip-crosover" }, "limber: no exercise with id 'hip-crosover'; did you mean lying-crossover, hip-crossover-stretch, crossover-reverse-lunge?")]
    [InlineData(new[] { "session", "--routine", "nope" }, "limber: no routine 'nope' (choose one of: gentle-hip-and-low-back-release, internal-rotation-set, post-leg-day-cool-down)")]
    [InlineData(new[] { "session", "restorative-supta-virasana", "--pace", "-3" }, "limber: the breathing pace must be between 1 and 30 breaths a minute, not -3")]
    [InlineData(new[] { "session", "hip-crossover-stretch", "--tighter", "middle" }, "limber: unknown side 'middle' (choose one of: left, right)")]
    [InlineData(new[] { "session", "hip-crossover-stretch", "--routine", "internal-rotation-set" }, "limber: give exercise ids, --routine or --plan, only one of them")]
    public void Bad_input_is_one_line_and_exit_code_1(string[] args, string message)
    {
        var run = CliRun.Of(args);
        run.ExitCode.ShouldBe(1);
        run.Error.TrimEnd().Split('\n').ShouldHaveSingleItem().ShouldStartWith(message);
    }

    [Theory]
    [InlineData("exercises: []\n", "limber: the routine cannot run: ", "mine.yaml:2: a routine needs at least one exercise under 'exercises'")]
    [InlineData("exercises:\n  - exercise: hip-crossover-stretch\n    holdSeconds: 90\n", "limber: hip-crossover-stretch takes holds of 30 to 60 seconds, not 90", "")]
    public void A_routine_that_cannot_run_is_one_line_and_exit_code_1(string yaml, string message, string detail)
    {
        var content = Directory.CreateTempSubdirectory("limber-content-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(content, "routines"));
            CopyFolder(Path.Combine(AppContext.BaseDirectory, "content", "exercises"), Path.Combine(content, "exercises"));
            File.WriteAllText(Path.Combine(content, "routines", "mine.yaml"), "name: Mine\n" + yaml);

            var run = CliRun.With(new Dictionary<string, string> { ["LIMBER_CONTENT_DIR"] = content }, "session", "--routine", "mine");

            run.ExitCode.ShouldBe(1);
            var line = run.Error.TrimEnd().Split('\n').ShouldHaveSingleItem();
            line.ShouldStartWith(message);
            line.ShouldEndWith(detail);
        }
        finally
        {
            Directory.Delete(content, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    [Fact]
    public void A_routine_runs_by_its_id() =>
        CliRun.Of("session", "--routine", "post-leg-day-cool-down", "--dry-run").Out.ShouldContain("seated-hip-stretch-opposite-leg-behind");

    [Fact]
    public async Task A_whole_routine_plays_on_a_fake_clock_with_every_cue_on_time()
    {
        var (run, time) = await Play(live: false, [], "session", "--routine", "internal-rotation-set");

        run.ExitCode.ShouldBe(0);
        var stamps = CueLine().Matches(run.Out).Select(m => m.Groups["clock"].Value).ToList();
        stamps.Count.ShouldBeGreaterThan(300);
        stamps.ShouldBe(stamps.Order(StringComparer.Ordinal)); // mm:ss sorts as time under an hour
        time.Elapsed.TotalMinutes.ShouldBeInRange(20, 25);
        run.Out.ShouldContain("Session complete: ");
        run.Out.ShouldContain("33 holds (16 left, 16 right)");
    }

    [Fact]
    public async Task Cues_in_line_mode_are_printed_at_their_scheduled_time()
    {
        var (run, _) = await Play(live: false, [], "session", "restorative-supta-virasana");
        var dry = CliRun.Of("session", "restorative-supta-virasana", "--dry-run", "--format", "json");
        using var json = JsonDocument.Parse(dry.Out);
        var expected = json.RootElement.GetProperty("segments").EnumerateArray()
            .SelectMany(s => s.GetProperty("cues").EnumerateArray().Select(c => s.GetProperty("start").GetInt32() + c.GetProperty("offset").GetDouble()))
            .Select(at => $"{(int)at / 60:00}:{(int)at % 60:00}")
            .ToList();
        CueLine().Matches(run.Out).Select(m => m.Groups["clock"].Value).ShouldBe(expected);
    }

    [Fact]
    public async Task Pausing_in_the_live_view_moves_the_end_by_exactly_the_pause()
    {
        var plain = (await Play(live: true, [], "session", "seated-hip-stretch-opposite-leg-behind")).Time.Elapsed;
        var (run, time) = await Play(live: true, [(30, ' '), (90, ' ')], "session", "seated-hip-stretch-opposite-leg-behind");

        run.ExitCode.ShouldBe(0);
        (time.Elapsed - plain).TotalSeconds.ShouldBe(60, tolerance: 0.25);
        run.Out.ShouldContain("PAUSED");
        run.Out.ShouldContain("Session complete");
    }

    [Fact]
    public async Task Quitting_asks_once_then_stops_with_what_was_done()
    {
        var (run, time) = await Play(live: true, [(150, 'q'), (151, 'y')], "session", "hip-crossover-stretch");
        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain("Quit the session?");
        run.Out.ShouldContain("Session stopped at 02:30 after 1 of 6 holds (1 left, 0 right).");
        time.Elapsed.TotalSeconds.ShouldBeLessThan(155);
    }

    [Fact]
    public async Task Next_skips_the_rest_of_a_segment()
    {
        var plain = (await Play(live: true, [], "session", "restorative-supta-virasana")).Time.Elapsed;
        var (run, time) = await Play(live: true, [(1, 'n')], "session", "restorative-supta-virasana");
        run.Out.ShouldContain("Session complete");
        (plain - time.Elapsed).TotalSeconds.ShouldBeGreaterThan(15); // the setup was skipped
    }

    [Fact]
    public async Task Asking_for_a_voice_without_espeak_says_so_and_carries_on()
    {
        var (run, _) = await Play(new Dictionary<string, string> { ["PATH"] = "/nonexistent" }, false, [], "session", "restorative-supta-virasana", "--voice");
        run.ExitCode.ShouldBe(0);
        run.Error.ShouldContain("espeak-ng is not installed");
    }

    [Fact]
    public async Task The_summary_gives_the_seconds_held_as_the_log_keeps_them()
    {
        // Waits that wake late make the hold start late on the session clock: it measures a little under its length.
        var env = new Dictionary<string, string> { ["LIMBER_DATA_DIR"] = TempData.NewFolder() };
        var time = new ManualTime();
        var play = CliRun.WithAsync(env, new LateTime(time), new ScriptedKeyboard(time), live: false, "session", "restorative-supta-virasana");
        await time.DriveAsync(play, TimeSpan.FromHours(1));
        var run = await play;

        using var history = JsonDocument.Parse(CliRun.With(env, "history", "--format", "json").Out);
        var hold = history.RootElement.EnumerateArray().Single().GetProperty("holds").EnumerateArray().Single();
        var logged = hold.GetProperty("actualSeconds").GetInt32();
        logged.ShouldBe(hold.GetProperty("plannedSeconds").GetInt32());
        run.Out.ShouldContain($"  Restorative Supta Virasana: 1 hold, {logged / 60:00}:{logged % 60:00} held");
    }

    [GeneratedRegex(@"^\[(?<clock>\d\d:\d\d)\] ", RegexOptions.Multiline)]
    private static partial Regex CueLine();

    [Fact]
    public void A_movement_of_ten_to_twenty_repetitions_then_switch_plays_as_one_counted_block_a_side()
    {
        var run = CliRun.Of("session", "90-90-hamstring", "--dry-run", "--format", "json");
        run.ExitCode.ShouldBe(0, run.Error);
        var timeline = System.Text.Json.Nodes.JsonNode.Parse(run.Out)!;
        var holds = timeline["segments"]!.AsArray().Where(s => (string?)s!["kind"] == "hold").ToList();
        holds.Select(h => (string?)h!["side"]).ShouldBe(["left", "right"]);
        holds.ShouldAllBe(h => (int)h!["repetitions"]! >= 10 && (int)h["repetitions"]! <= 20);
        ((int)timeline["totalSeconds"]!).ShouldBeLessThan(180);
    }
}
