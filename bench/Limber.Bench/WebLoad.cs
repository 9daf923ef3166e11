using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Limber.Cli.Web;
using Limber.Content.Files;
using Limber.Exercises;
using Limber.Sessions;
using Limber.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SessionOptions = Limber.Sessions.SessionOptions;

namespace Limber.Bench;

/// <summary>
/// The web app under load from a second process (wrk, on the other core): <c>GET /api/exercises</c> with a large
/// catalog against a bare minimal-API endpoint that returns a constant JSON object, in the same run; then
/// <c>POST /api/sessions/{id}/holds</c>, each to a hold not yet written, with the rows counted afterwards.
/// Run the bench itself on one core: <c>taskset -c 0 dotnet run -c Release --project bench/Limber.Bench -- web</c>.
/// </summary>
internal static partial class WebLoad
{
    public static async Task<int> RunAsync(int exercises, int seconds)
    {
        if (!File.Exists("/usr/bin/wrk"))
        {
            Console.Error.WriteLine("wrk is needed: apt-get install wrk");
            return 1;
        }

        var folder = Directory.CreateTempSubdirectory("limber-web-bench-").FullName;
        var root = Root();
        using var store = await ProgressStores.OpenAsync(null, folder, "bench");
        var (goals, _) = GoalFile.Load(Path.Combine(root, "content"));
        var catalog = new WebCatalog(SyntheticCatalog.Make(exercises), goals);
        var settings = new WebSettings("http://127.0.0.1:5181", null, false, Path.Combine(root, "src", "Limber", "Web", "wwwroot"));
        await using var limber = LimberWeb.Build(settings, catalog, store, TimeProvider.System);
        await limber.StartAsync();
        await using var bare = Bare("http://127.0.0.1:5182");
        await bare.StartAsync();

        Console.WriteLine($"{exercises:N0} exercises loaded; wrk -t1 -c64 -d{seconds}s on core 1, this process on the core it was given");
        var bareRate = Wrk("bare minimal API, constant JSON", "http://127.0.0.1:5182/", seconds);
        var listRate = Wrk("GET /api/exercises (first page of 20)", "http://127.0.0.1:5181/api/exercises", seconds);
        var filtered = Wrk("GET /api/exercises?target=glutes&position=supine", "http://127.0.0.1:5181/api/exercises?target=glutes&position=supine", seconds);
        Wrk("GET /api/exercises?limit=1 (the pipeline without the payload)", "http://127.0.0.1:5181/api/exercises?limit=1", seconds);
        Console.WriteLine($"list / bare: {listRate.Rate / bareRate.Rate:P0} (goal: at least 50%); filtered / bare: {filtered.Rate / bareRate.Rate:P0}");

        // Holds: every request writes a hold slot of its own, so the rows afterwards must equal the 201 answers.
        var book = limber.Services.GetRequiredService<SessionBook>();
        var oneSided = catalog.Exercises.Exercises.Where(e => e.IsOneSided).Take(50).ToList();
        var slots = new StringBuilder("slots = {\n");
        var count = 0;
        for (var i = 0; count < 4000 * seconds; i++)
        {
            var started = await book.StartAsync("bench", [new SessionItem(oneSided[i % oneSided.Count])], SessionOptions.Default, CancellationToken.None);
            foreach (var (segment, index) in started.Timeline.Segments.Select((s, n) => (s, n)).Where(p => p.s.Kind == SegmentKind.Hold))
            {
                slots.Append(CultureInfo.InvariantCulture, $"{{{started.Id},{index},\"{segment.ExerciseId.Value}\",\"{Words.Of(segment.Side!.Value)}\"}},\n");
                count++;
            }
        }

        var script = Path.Combine(folder, "holds.lua");
        await File.WriteAllTextAsync(script, slots.Append("}\n").Append(HoldsScript).ToString());
        var before = (await store.HoldsAsync()).Count;
        var holds = Wrk("POST /api/sessions/{id}/holds (SQLite, synchronous=FULL)", "http://127.0.0.1:5181", seconds, script, HoldConnections);
        var rows = (await store.HoldsAsync()).Count - before;
        // wrk stops counting with requests still in flight (at most one per connection): those may be written too.
        var kept = rows >= holds.Ok && rows - holds.Ok <= HoldConnections;
        Console.WriteLine($"holds: {holds.Ok:N0} answered 201, {holds.Requests - holds.Ok:N0} not; {rows:N0} rows in the database afterwards ({(kept ? $"none lost; {rows - holds.Ok} more were in flight when wrk stopped" : "LOST")}); {holds.Ok / (double)seconds:N0} holds/s (goal: 1,000)");
        Sizes(settings.WebRoot);
        await limber.StopAsync();
        await bare.StopAsync();
        Directory.Delete(folder, recursive: true);
        return kept ? 0 : 1;
    }

    /// <summary>What the player page loads: its stylesheet and scripts (the service worker is fetched apart, once).</summary>
    private static void Sizes(string webRoot)
    {
        string[] files = ["app.css", "player.js", "outbox.js", "voice.js"];
        var raw = files.Sum(f => new FileInfo(Path.Combine(webRoot, f)).Length);
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Optimal, leaveOpen: true))
        {
            foreach (var f in files)
            {
                gzip.Write(File.ReadAllBytes(Path.Combine(webRoot, f)));
            }
        }

        Console.WriteLine($"player page JavaScript and CSS ({string.Join(", ", files)}): {raw / 1024.0:N1} KB, {packed.Length / 1024.0:N1} KB gzipped (goal: under 100 KB)");
    }

    private const int HoldConnections = 16;

    private sealed record Run(double Rate, long Requests, long Ok);

    private static Run Wrk(string label, string url, int seconds, string? script = null, int connections = 64)
    {
        if (script is null)
        {
            // Two seconds first, not counted: the JIT's optimised code and the connection pools are in place for the measure.
            Load($"-c 1 /usr/bin/wrk -t1 -c{connections} -d2s {url}");
        }

        var output = Load($"-c 1 /usr/bin/wrk -t1 -c{connections} -d{seconds}s --latency {(script is null ? "" : $"-s {script} ")}{url}");
        var rate = double.Parse(RateLine().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var requests = long.Parse(RequestsLine().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var failed = FailedLine().Match(output) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var p99 = P99Line().Match(output).Groups[1].Value;
        Console.WriteLine($"{label}: {rate:N0} requests/s, p99 {p99}, {failed:N0} not 2xx");
        return new Run(rate, requests, requests - failed);
    }

    private static string Load(string arguments)
    {
        using var wrk = Process.Start(new ProcessStartInfo("taskset", arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = wrk.StandardOutput.ReadToEnd();
        wrk.WaitForExit();
        return output;
    }

    private static WebApplication Bare(string url)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/", () => TypedResultsOk);
        return app;
    }

    private static readonly object TypedResultsOk = new Dictionary<string, string> { ["status"] = "ok", ["name"] = "bare" };

    private const string HoldsScript = """
        local n = 0
        request = function()
          n = n + 1
          local s = slots[n]
          if s == nil then return wrk.format("GET", "/healthz") end
          local body = string.format('{"exerciseId":"%s","side":"%s","seconds":30,"tightness":%d,"pain":0,"segment":%d}', s[3], s[4], n % 11, s[2])
          return wrk.format("POST", "/api/sessions/" .. s[1] .. "/holds", { ["Content-Type"] = "application/json" }, body)
        end
        """;

    private static string Root()
    {
        var dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "Limber.slnx")))
        {
            dir = Path.GetDirectoryName(dir) ?? throw new InvalidOperationException("run from inside the repository");
        }

        return dir;
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RateLine();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex RequestsLine();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex FailedLine();

    [GeneratedRegex(@"99%\s+(\S+)")]
    private static partial Regex P99Line();
}
