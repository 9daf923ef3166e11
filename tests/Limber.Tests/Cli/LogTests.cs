using System.Text.Json;
using Limber.Cli.Sessions;
using Limber.Testing;
using Shouldly;

namespace Limber.Tests.Cli;

/// <summary>Sessions that write the log, the log read back, and the next session changed by it.</summary>
public sealed class LogTests
{
    private readonly Dictionary<string, string> env = new() { ["LIMBER_DATA_DIR"] = TempData.NewFolder() };

    private async Task<CliRun> Play(IKeyboard keys, params string[] args) => await Play(keys, CancellationToken.None, null, args);

    private async Task<CliRun> Play(IKeyboard keys, CancellationToken interrupt, ManualTime? clock, params string[] args)
    {
        var time = clock ?? new ManualTime();
        var run = CliRun.WithAsync(env, time, keys, live: false, interrupt, args);
        await time.DriveAsync(run, TimeSpan.FromHours(3));
        return await run;
    }

    private List<JsonElement> Holds()
    {
        var history = CliRun.With(env, "history", "--format", "json");
        history.ExitCode.ShouldBe(0);
        return [.. JsonDocument.Parse(history.Out).RootElement.EnumerateArray().SelectMany(s => s.GetProperty("holds").EnumerateArray())];
    }

    [Fact]
    public async Task Each_hold_is_logged_with_the_rating_given_in_one_key_per_question()
    {
        var run = await Play(new QueuedKeyboard("60" + "4p2" + "51" + "30" + "+0" + "20"), "session", "hip-crossover-stretch", "--rate");
        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain("How tight was the left side? 0-9, + for 10 (Enter skips)");
        run.Out.ShouldContain("It pinched. Any pain with it? 0-9, + for 10");
        run.Out.ShouldContain(Limber.Progress.Adaptation.BackOffCue);

        var holds = Holds();
        holds.Select(h => (h.GetProperty("side").GetString(), h.GetProperty("tightness").GetInt32(), h.GetProperty("pain").GetInt32(), h.GetProperty("pinch").GetBoolean()))
            .ShouldBe([("left", 6, 0, false), ("right", 4, 2, true), ("left", 5, 1, false), ("right", 3, 0, false), ("left", 10, 0, false), ("right", 2, 0, false)]);
        holds.ShouldAllBe(h => h.GetProperty("actualSeconds").GetInt32() == 45);
    }

    [Fact]
    public async Task Piped_answers_are_read_a_line_each_until_the_input_ends()
    {
        // Left 6/0; right 4 with a pinch and pain 2; left skipped; right 10 (typed out) after a refused line; then the input ends.
        var run = await Play(new PipedKeyboard("6\n0\n4\np\n2\n\n x \n10\n0\n"), "session", "hip-crossover-stretch", "--rate");

        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain("'x' is not a rating: give 0-10, or + for 10, one a line. How tight was the right side?");
        run.Out.ShouldContain("Session complete");
        Holds().Select(h => (h.GetProperty("side").GetString(), Rated(h, "tightness"), Rated(h, "pain"), h.GetProperty("pinch").ValueKind == JsonValueKind.True))
            .ShouldBe([("left", 6, 0, false), ("right", 4, 2, true), ("left", null, null, false), ("right", 10, 0, false), ("left", null, null, false), ("right", null, null, false)]);
    }

    [Fact]
    public async Task A_piped_range_measure_is_a_line()
    {
        await Play(new PipedKeyboard("5\n0\n12.5\n4\n0\nfar\n14\n"), "session", "seated-hip-stretch-opposite-leg-behind", "--rate", "--measure", "cm");
        Holds().Select(h => h.GetProperty("range").GetProperty("value").GetDouble()).ShouldBe([12.5, 14]);
    }

    private static int? Rated(JsonElement hold, string name) => hold.GetProperty(name).ValueKind == JsonValueKind.Null ? null : hold.GetProperty(name).GetInt32();

    [Fact]
    public async Task A_key_that_is_not_a_rating_is_refused_and_asked_again()
    {
        var run = await Play(new QueuedKeyboard("x70"), "session", "restorative-supta-virasana", "--rate");
        run.Out.ShouldContain("'x' is not a rating: press 0-9, or + for 10. How tight was it?");
        Holds().ShouldHaveSingleItem().GetProperty("tightness").GetInt32().ShouldBe(7);
    }

    [Fact]
    public async Task Pain_of_seven_stops_the_exercise_and_advises_a_professional()
    {
        var run = await Play(new QueuedKeyboard("58" + "20"), "session", "hip-crossover-stretch", "restorative-supta-virasana", "--rate");
        run.Out.ShouldContain("Pain 8/10: stop Hip Crossover Stretch for today. Pain this strong during a stretch is a reason to have it looked at by a physiotherapist or doctor");
        Holds().Select(h => h.GetProperty("exerciseId").GetString()).ShouldBe(["hip-crossover-stretch", "restorative-supta-virasana"]);
    }

    [Fact]
    public async Task A_session_stopped_by_ctrl_c_resumes_where_it_stopped()
    {
        var time = new ManualTime();
        using var interrupt = new CancellationTokenSource();
        using var ctrlC = time.CreateTimer(_ => interrupt.Cancel(), null, TimeSpan.FromSeconds(190), Timeout.InfiniteTimeSpan);
        var first = await Play(new QueuedKeyboard(""), interrupt.Token, time, "session", "hip-crossover-stretch");
        first.ExitCode.ShouldBe(130);
        first.Out.ShouldContain("Run 'limber session' again to resume where you stopped.");
        Holds().Count.ShouldBe(2);

        var second = await Play(new QueuedKeyboard(""), "session"); // as the interrupted session says to
        second.ExitCode.ShouldBe(0);
        second.Out.ShouldContain("Resuming the session from");
        second.Out.ShouldContain("(2 holds done)");
        second.Out.ShouldContain("Session complete");
        var log = CliRun.With(env, "log");
        log.Out.ShouldContain("finished  hip-crossover-stretch · 6 holds");
        log.Out.Split('\n').Count(l => l.Contains("finished", StringComparison.Ordinal) || l.Contains("abandoned", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task Without_a_terminal_an_unfinished_session_is_closed_not_resumed()
    {
        var time = new ManualTime();
        using var interrupt = new CancellationTokenSource();
        using var ctrlC = time.CreateTimer(_ => interrupt.Cancel(), null, TimeSpan.FromSeconds(130), Timeout.InfiniteTimeSpan);
        await Play(new QueuedKeyboard(""), interrupt.Token, time, "session", "hip-crossover-stretch");

        var next = await Play(new QueuedKeyboard(""), "session", "restorative-supta-virasana");
        next.Out.ShouldContain("is closed as abandoned; its 1 hold done stay in your log.");
        CliRun.With(env, "log").Out.ShouldContain("abandoned  hip-crossover-stretch · 1 hold");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Fresh_closes_an_unfinished_session_as_abandoned_without_asking(bool atATerminal)
    {
        var time = new ManualTime();
        using var interrupt = new CancellationTokenSource();
        using var ctrlC = time.CreateTimer(_ => interrupt.Cancel(), null, TimeSpan.FromSeconds(130), Timeout.InfiniteTimeSpan);
        await Play(new QueuedKeyboard(""), interrupt.Token, time, "session", "hip-crossover-stretch");

        var fresh = await Play(new QueuedKeyboard("", interactive: atATerminal), "session", "restorative-supta-virasana", "--fresh");

        fresh.ExitCode.ShouldBe(0);
        fresh.Out.ShouldNotContain("Resume it?");
        fresh.Out.ShouldContain("is closed as abandoned; its 1 hold done stay in your log.");
        var sessions = JsonDocument.Parse(CliRun.With(env, "history", "--format", "json").Out).RootElement.EnumerateArray()
            .Select(s => (s.GetProperty("source").GetString(), s.GetProperty("status").GetString())).ToList();
        sessions.ShouldBe([("restorative-supta-virasana", "finished"), ("hip-crossover-stretch", "abandoned")], ignoreOrder: true);

        // Nothing is left to resume: 'limber session' alone asks for an exercise again.
        var again = await Play(new QueuedKeyboard("", interactive: true), "session");
        again.ExitCode.ShouldBe(1);
        again.Error.ShouldStartWith("limber: name at least one exercise");
    }

    [Fact]
    public async Task Three_sessions_with_a_tighter_left_give_the_left_more_time_next_time()
    {
        for (var i = 0; i < 3; i++)
        {
            await Play(new QueuedKeyboard("80" + "30" + "80" + "30" + "80" + "30"), "session", "hip-crossover-stretch", "--rate", "--level", "beginner");
        }

        var dry = CliRun.With(env, "session", "hip-crossover-stretch", "--dry-run", "--level", "beginner");
        dry.Out.ShouldContain("From your log (Hip Crossover Stretch): Your left side rated 5 points tighter on average over the last 3 sessions");
        var json = JsonDocument.Parse(CliRun.With(env, "session", "hip-crossover-stretch", "--dry-run", "--format", "json", "--level", "beginner").Out);
        var holds = json.RootElement.GetProperty("segments").EnumerateArray().Where(s => s.GetProperty("kind").GetString() == "hold").ToList();
        holds.Where(h => h.GetProperty("side").GetString() == "left").ShouldAllBe(h => h.GetProperty("duration").GetInt32() == 38);
        holds.Where(h => h.GetProperty("side").GetString() == "right").ShouldAllBe(h => h.GetProperty("duration").GetInt32() == 30);

        var progress = CliRun.With(env, "progress", "hip-crossover-stretch");
        progress.Out.ShouldContain("Hip Crossover Stretch (hip-crossover-stretch): 3 sessions");
        progress.Out.ShouldContain("tightness    left  ▇▇▇ 8 → 8");
        progress.Out.ShouldContain("right ▃▃▃ 3 → 3");
        progress.Out.ShouldContain("Your left side is 5 points tighter on average over the last sessions; it gets extra hold time.");
    }

    [Fact]
    public async Task A_range_measure_is_typed_after_the_rating_and_charted()
    {
        await Play(new QueuedKeyboard("50" + "12.5\r" + "40" + "x14\r"), "session", "seated-hip-stretch-opposite-leg-behind", "--rate", "--measure", "cm");
        Holds().Select(h => h.GetProperty("range").GetProperty("value").GetDouble()).ShouldBe([12.5, 14]);
        CliRun.With(env, "log").Out.ShouldContain("tight 5/10, pain 0/10 · range 12.5 cm");
        CliRun.With(env, "progress").Out.ShouldContain("range (cm)   left");
    }

    [Fact]
    public void Settings_are_kept_and_used_by_the_next_session()
    {
        CliRun.With(env, "settings", "--pace", "5", "--level", "beginner").ExitCode.ShouldBe(0);
        CliRun.With(env, "settings").Out.ShouldStartWith("pace     5 breaths a minute\nlevel    beginner");
        var json = JsonDocument.Parse(CliRun.With(env, "session", "restorative-supta-virasana", "--dry-run", "--format", "json").Out);
        var hold = json.RootElement.GetProperty("segments").EnumerateArray().Single(s => s.GetProperty("kind").GetString() == "hold");
        (hold.GetProperty("breaths").GetInt32(), hold.GetProperty("duration").GetInt32()).ShouldBe((5, 60)); // beginner: 5 breaths at 5 a minute
    }

    [Theory]
    [InlineData(new[] { "settings", "--pace", "0" }, "limber: the breathing pace must be between 1 and 30 breaths a minute, not 0")]
    [InlineData(new[] { "settings", "--tighter", "middle" }, "limber: unknown side 'middle'")]
    [InlineData(new[] { "log", "--limit", "0" }, "limber: --limit must be at least 1, not 0")]
    [InlineData(new[] { "log", "--database", "/proc/limber/nowhere.db" }, "limber: cannot open the database /proc/limber/nowhere.db")]
    public void Bad_input_is_one_line_and_exit_code_1(string[] args, string message)
    {
        var run = CliRun.With(env, args);
        run.ExitCode.ShouldBe(1);
        run.Error.TrimEnd().Split('\n').ShouldHaveSingleItem().ShouldStartWith(message);
    }

    [Fact]
    public async Task A_note_goes_on_the_last_hold_of_the_latest_session()
    {
        await Play(new QueuedKeyboard("30"), "session", "restorative-supta-virasana", "--rate");
        var noted = CliRun.With(env, "log", "--note", "knees happier with two blankets");
        noted.Error.ShouldStartWith("Noted on restorative-supta-virasana, hold 1 of ");
        noted.Out.ShouldContain("tight 3/10, pain 0/10 · \"knees happier with two blankets\"");
        Holds().ShouldHaveSingleItem().GetProperty("note").GetString().ShouldBe("knees happier with two blankets");
        CliRun.With(new Dictionary<string, string> { ["LIMBER_DATA_DIR"] = TempData.NewFolder() }, "log", "--note", "x").Error.ShouldStartWith("limber: there is no hold to add a note to yet");
    }

    [Fact]
    public void An_empty_log_says_how_to_start() =>
        CliRun.With(env, "log").Out.ShouldBe("No sessions yet. Start one with: limber session hip-crossover-stretch\n");

    [Fact]
    public async Task History_as_csv_has_a_header_and_one_row_per_hold()
    {
        await Play(new QueuedKeyboard("30"), "session", "restorative-supta-virasana", "--rate");
        var lines = CliRun.With(env, "history").Out.TrimEnd().Split('\n');
        lines[0].ShouldBe("session_id,session_started,session_status,source,exercise_id,side,rep,planned_seconds,actual_seconds,completed_at,tightness,pain,pinch,range_value,range_unit,note");
        lines.Length.ShouldBe(2);
        lines[1].ShouldContain(",finished,restorative-supta-virasana,restorative-supta-virasana,,1,");
        lines[1].ShouldContain(",3,0,false,,,");
    }
}
