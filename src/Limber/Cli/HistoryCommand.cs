using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Limber.Content.Export;
using Limber.Exercises;
using Limber.Progress;

namespace Limber.Cli;

/// <summary><c>limber history --format csv|json</c>: the whole log, one row per hold, for a spreadsheet or a clinician.</summary>
internal static class HistoryCommand
{
    private static readonly string[] Columns =
    [
        "session_id", "session_started", "session_status", "source", "exercise_id", "side", "rep", "planned_seconds",
        "actual_seconds", "completed_at", "tightness", "pain", "pinch", "range_value", "range_unit", "note",
    ];

    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format") { Description = "csv or json", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json");
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output" };
        var command = new Command("history", "Export your whole log: every session and hold") { format, output };
        command.SetAction(async (parse, cancel) =>
        {
            using var store = await context.OpenStoreAsync(parse, cancel);
            var sessions = (await store.SessionsAsync(cancel: cancel)).Reverse().ToList();
            var text = parse.GetValue(format) == "json" ? Json(sessions) : Csv(sessions);
            if (parse.GetValue(output) is { } path)
            {
                await File.WriteAllTextAsync(path, text, cancel);
                context.Error.WriteLine($"Wrote {sessions.Count} sessions, {sessions.Sum(s => s.Holds.Count)} holds to {path}");
            }
            else
            {
                context.Console.Profile.Out.Writer.Write(text);
            }

            return 0;
        });
        return command;
    }

    private static string Csv(IReadOnlyList<LoggedSession> sessions)
    {
        var csv = new StringBuilder().AppendLine(string.Join(',', Columns));
        foreach (var s in sessions)
        {
            foreach (var h in s.Holds)
            {
                string?[] row =
                [
                    s.Id.ToString(CultureInfo.InvariantCulture), s.StartedAt.ToString("O", CultureInfo.InvariantCulture), Words.Of(s.Status), s.Source,
                    h.Exercise.Value, h.Side is { } side ? Words.Of(side) : "", h.Rep.ToString(CultureInfo.InvariantCulture),
                    h.PlannedSeconds.ToString(CultureInfo.InvariantCulture), h.ActualSeconds.ToString(CultureInfo.InvariantCulture),
                    h.CompletedAt.ToString("O", CultureInfo.InvariantCulture), h.Rating?.Tightness.ToString(CultureInfo.InvariantCulture),
                    h.Rating?.Pain.ToString(CultureInfo.InvariantCulture), h.Rating is { } r ? (r.Pinch ? "true" : "false") : "",
                    h.Range?.Value.ToString(CultureInfo.InvariantCulture), h.Range?.Unit, h.Note,
                ];
                csv.AppendLine(string.Join(',', row.Select(Field)));
            }
        }

        return csv.ToString();
    }

    /// <summary>RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.</summary>
    private static string Field(string? value) =>
        value is null ? "" : value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static string Json(IReadOnlyList<LoggedSession> sessions) => Node(sessions).ToJsonString(ExerciseJson.Indented) + "\n";

    /// <summary>Sessions, each with its holds: the shape of <c>history --format json</c> and of <c>GET /api/history</c>.</summary>
    public static JsonArray Node(IReadOnlyList<LoggedSession> sessions) => new([.. sessions.Select(s => (JsonNode)new JsonObject
    {
        ["id"] = s.Id,
        ["startedAt"] = s.StartedAt,
        ["endedAt"] = s.EndedAt,
        ["status"] = Words.Of(s.Status),
        ["source"] = s.Source,
        ["holds"] = new JsonArray([.. s.Holds.Select(h => (JsonNode)HoldJson(h))]),
    })]);

    /// <summary>One hold as the JSON history writes it; also the shape of holds saved to a file when the log cannot take them.</summary>
    public static JsonObject HoldJson(LoggedHold h) => new()
    {
        ["exerciseId"] = h.Exercise.Value,
        ["side"] = h.Side is { } side ? Words.Of(side) : null,
        ["rep"] = h.Rep,
        ["plannedSeconds"] = h.PlannedSeconds,
        ["actualSeconds"] = h.ActualSeconds,
        ["completedAt"] = h.CompletedAt,
        ["tightness"] = h.Rating?.Tightness,
        ["pain"] = h.Rating?.Pain,
        ["pinch"] = h.Rating?.Pinch,
        ["range"] = h.Range is { } range ? new JsonObject { ["value"] = range.Value, ["unit"] = range.Unit } : null,
        ["note"] = h.Note,
    };
}
