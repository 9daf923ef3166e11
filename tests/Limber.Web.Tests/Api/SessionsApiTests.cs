using System.Net;
using System.Text.Json.Nodes;
using Limber.Cli.Web;
using Limber.Exercises;
using Limber.Sessions;

namespace Limber.Web.Tests.Api;

public sealed class SessionsApiTests : InMemoryApp
{
    private async Task<JsonNode> StartAsync(params string[] ids)
    {
        var response = await Json.PostAsync(Client, "/api/sessions", new { exercises = ids });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return await Json.ReadAsync(response);
    }

    private static int HoldIndex(JsonNode session, string side, int nth = 0) =>
        session["segments"]!.AsArray().Select((s, i) => (s, i)).Where(p => (string)p.s!["kind"]! == "hold" && (string?)p.s!["side"] == side).ElementAt(nth).i;

    [Fact]
    public async Task A_session_from_exercises_is_created_with_the_engines_timeline()
    {
        var response = await Json.PostAsync(Client, "/api/sessions", new { exercises = new[] { "hip-crossover-stretch", "restorative-supta-virasana" } });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await Json.ReadAsync(response);
        var id = (long)body["id"]!;
        response.Headers.Location!.ToString().ShouldBe($"/api/sessions/{id}");

        var catalog = App.Catalog.Exercises;
        var expected = TimelineBuilder.Build([new SessionItem(catalog.Find("hip-crossover-stretch")!), new SessionItem(catalog.Find("restorative-supta-virasana")!)], SessionOptions.Default);
        var segments = body["segments"]!.AsArray();
        segments.Count.ShouldBe(expected.Segments.Count);
        ((int)body["totalSeconds"]!).ShouldBe(expected.TotalSeconds);
        segments.Select(s => (string)s!["kind"]!).ShouldBe(expected.Segments.Select(s => Words.Of(s.Kind)));
        body["exercises"]!["hip-crossover-stretch"]!["stopSigns"]!.AsArray().Select(s => (string)s!).ShouldContain(StopSigns.General[0]);
        (await App.Store.SessionAsync(id))!.Status.ShouldBe(Limber.Progress.SessionStatus.Running);
    }

    [Fact]
    public async Task A_session_from_a_plan_runs_the_plans_doses()
    {
        var plan = await Json.ReadAsync(await Json.PostAsync(Client, "/api/plans", new { goal = "lower-back", minutes = 8 }));
        var response = await Json.PostAsync(Client, "/api/sessions", new { plan });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var session = await Json.ReadAsync(response);
        var planned = plan["items"]!.AsArray().Select(i => (string)i!["exerciseId"]!).ToList();
        session["segments"]!.AsArray().Select(s => (string)s!["exerciseId"]!).Distinct().ShouldBe(planned);
        ((int)session["totalSeconds"]!).ShouldBe((int)plan["totalSeconds"]!);
    }

    [Fact]
    public async Task Each_hold_is_stored_at_once_with_its_rating()
    {
        var session = await StartAsync("hip-crossover-stretch");
        var id = (long)session["id"]!;
        var left = HoldIndex(session, "left");
        var response = await Json.PostAsync(Client, $"/api/sessions/{id}/holds", new { exerciseId = "hip-crossover-stretch", side = "left", seconds = 44, tightness = 6, pain = 1, segment = left });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);

        var stored = (await App.Store.SessionAsync(id))!.Holds.ShouldHaveSingleItem();
        stored.SegmentIndex.ShouldBe(left);
        stored.Side.ShouldBe(Side.Left);
        stored.ActualSeconds.ShouldBe(44);
        stored.Rating!.Tightness.ShouldBe(6);
        stored.Rating.Pain.ShouldBe(1);
        stored.Rating.Pinch.ShouldBeFalse();
    }

    [Fact]
    public async Task A_hold_without_a_segment_takes_the_next_free_one_of_that_side()
    {
        var session = await StartAsync("hip-crossover-stretch");
        var id = (long)session["id"]!;
        for (var n = 0; n < 2; n++)
        {
            var body = await Json.ReadAsync(await Json.PostAsync(Client, $"/api/sessions/{id}/holds", new { exerciseId = "hip-crossover-stretch", side = "right", seconds = 40 }));
            ((int)body["segment"]!).ShouldBe(HoldIndex(session, "right", n));
        }
    }

    [Fact]
    public async Task The_same_hold_sent_twice_is_kept_once_with_the_last_rating()
    {
        var session = await StartAsync("hip-crossover-stretch");
        var id = (long)session["id"]!;
        var segment = HoldIndex(session, "left");
        await Json.PostAsync(Client, $"/api/sessions/{id}/holds", new { exerciseId = "hip-crossover-stretch", side = "left", seconds = 45, segment });
        var again = await Json.PostAsync(Client, $"/api/sessions/{id}/holds", new { exerciseId = "hip-crossover-stretch", side = "left", seconds = 45, tightness = 4, pain = 0, pinch = true, segment });
        again.StatusCode.ShouldBe(HttpStatusCode.Created);
        var hold = (await App.Store.SessionAsync(id))!.Holds.ShouldHaveSingleItem();
        hold.Rating!.Pinch.ShouldBeTrue();
        hold.Rating.Tightness.ShouldBe(4);
    }

    [Fact]
    public async Task Pain_of_seven_stops_the_exercise_with_advice_and_four_backs_off()
    {
        var session = await StartAsync("hip-crossover-stretch");
        var id = (long)session["id"]!;
        var backOff = await Json.ReadAsync(await Json.PostAsync(Client, $"/api/sessions/{id}/holds", new { exerciseId = "hip-crossover-stretch", side = "left", seconds = 45, tightness = 3, pain = 4 }));
        ((bool)backOff["stopExercise"]!).ShouldBeFalse();
        ((bool)backOff["backOff"]!).ShouldBeTrue();
        ((string)backOff["advice"]!).ShouldStartWith("Back off");

        var stop = await Json.ReadAsync(await Json.PostAsync(Client, $"/api/sessions/{id}/holds", new { exerciseId = "hip-crossover-stretch", side = "right", seconds = 45, tightness = 3, pain = 7 }));
        ((bool)stop["stopExercise"]!).ShouldBeTrue();
        ((string)stop["advice"]!).ShouldContain("physiotherapist or doctor");
    }

    [Theory]
    [InlineData("""{"exerciseId":"hip-crossover-stretch","side":"left","seconds":45,"tightness":11,"pain":0}""", "tightness")]
    [InlineData("""{"exerciseId":"hip-crossover-stretch","side":"left","seconds":45,"tightness":2,"pain":-1}""", "pain")]
    [InlineData("""{"exerciseId":"hip-crossover-stretch","side":"left","seconds":45,"tightness":2}""", "pain")]
    [InlineData("""{"exerciseId":"hip-crossover-stretch","side":"middle","seconds":45}""", "side")]
    [InlineData("""{"exerciseId":"hip-crossover-stretch","side":"left"}""", "seconds")]
    [InlineData("""{"exerciseId":"hip-crossover-stretch","side":"left","seconds":99999}""", "seconds")]
    [InlineData("""{"exerciseId":"no-such-stretch","side":"left","seconds":45}""", "exerciseId")]
    [InlineData("""{"exerciseId":"hip-crossover-stretch","side":"left","seconds":45,"segment":0}""", "segment")]
    public async Task Out_of_range_holds_are_400_problems_and_store_nothing(string body, string field)
    {
        var session = await StartAsync("hip-crossover-stretch");
        var id = (long)session["id"]!;
        var problem = await Json.ProblemAsync(await Json.PostRawAsync(Client, $"/api/sessions/{id}/holds", body), 400);
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldContain(field);
        (await App.Store.SessionAsync(id))!.Holds.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("{\"exerciseId\":")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"exerciseId\":\"hip-crossover-stretch\",\"seconds\":\"long\"}")]
    public async Task Malformed_json_is_a_400_problem(string body)
    {
        var session = await StartAsync("hip-crossover-stretch");
        await Json.ProblemAsync(await Json.PostRawAsync(Client, $"/api/sessions/{(long)session["id"]!}/holds", body), 400);
    }

    [Fact]
    public async Task Unknown_sessions_and_exercises_are_problems()
    {
        await Json.ProblemAsync(await Json.PostAsync(Client, "/api/sessions/424242/holds", new { exerciseId = "hip-crossover-stretch", side = "left", seconds = 4 }), 404);
        await Json.ProblemAsync(await Client.GetAsync("/api/sessions/424242"), 404);
        var problem = await Json.ProblemAsync(await Json.PostAsync(Client, "/api/sessions", new { exercises = new[] { "nope" } }), 400);
        ((string)problem["errors"]!["exercises"]![0]!).ShouldContain("nope");
        await Json.ProblemAsync(await Json.PostAsync(Client, "/api/sessions", new { }), 400);
    }

    [Fact]
    public async Task Reading_a_session_back_says_where_to_resume()
    {
        var session = await StartAsync("hip-crossover-stretch");
        var id = (long)session["id"]!;
        var segment = HoldIndex(session, "right");
        await Json.PostAsync(Client, $"/api/sessions/{id}/holds", new { exerciseId = "hip-crossover-stretch", side = "right", seconds = 45, segment });
        var read = await Json.ReadAsync(await Client.GetAsync($"/api/sessions/{id}"));
        ((int)read["resumeAt"]!).ShouldBe(segment + 1);
        read["holds"]!.AsArray().Select(h => (int)h!["segment"]!).ShouldBe([segment]);
    }

    [Fact]
    public async Task Ending_a_session_closes_it_and_history_shows_its_holds()
    {
        var session = await StartAsync("restorative-supta-virasana");
        var id = (long)session["id"]!;
        await Json.PostAsync(Client, $"/api/sessions/{id}/holds", new { exerciseId = "restorative-supta-virasana", side = "both", seconds = 60, tightness = 2, pain = 0 });
        (await Json.PostAsync(Client, $"/api/sessions/{id}/end", new { finished = true })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var history = (await Json.ReadAsync(await Client.GetAsync("/api/history"))).AsArray();
        var logged = history.Single(s => (long)s!["id"]! == id)!;
        ((string)logged["status"]!).ShouldBe("finished");
        ((int)logged["holds"]![0]!["tightness"]!).ShouldBe(2);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_refused()
    {
        var session = await StartAsync("hip-crossover-stretch");
        var huge = $"{{\"exerciseId\":\"{new string('x', (int)WebSettings.MaxRequestBytes + 10)}\"}}";
        var response = await Json.PostRawAsync(Client, $"/api/sessions/{(long)session["id"]!}/holds", huge);
        ((int)response.StatusCode).ShouldBe(413);
    }
}
