using System.CommandLine;
using System.Globalization;
using Limber.Catalog;
using Limber.Cli.Sessions;
using Limber.Exercises;
using Limber.Progress;

namespace Limber.Cli;

/// <summary><c>limber log</c>: recent sessions and every hold in them, with how each felt.</summary>
internal static class LogCommand
{
    public static Command Create(CliContext context)
    {
        var limit = new Option<int>("--limit") { Description = "How many sessions, newest first", DefaultValueFactory = _ => 10 };
        var note = new Option<string?>("--note") { Description = "Add a note to the last hold of your latest session, e.g. \"felt it in the outer hip\"" };
        var command = new Command("log", "Show your recent sessions and their holds") { limit, note };
        command.SetAction(async (parse, cancel) =>
        {
            if (parse.GetValue(note) is { } text)
            {
                await AddNote(context, parse, text.Trim(), cancel);
            }

            if (parse.GetValue(limit) < 1)
            {
                throw new UserError($"--limit must be at least 1, not {parse.GetValue(limit)}");
            }

            var catalog = context.LoadCatalog(parse);
            using var store = await context.OpenStoreAsync(parse, cancel);
            var sessions = await store.SessionsAsync(parse.GetValue(limit), cancel);
            var output = context.Console.Profile.Out.Writer;
            if (sessions.Count == 0)
            {
                output.WriteLine("No sessions yet. Start one with: limber session hip-crossover-stretch");
                return 0;
            }

            foreach (var session in sessions)
            {
                var took = session.EndedAt is { } end ? $" · {Clock.Format((end - session.StartedAt).TotalSeconds)}" : "";
                output.WriteLine($"{Local(context, session.StartedAt)}  {Words.Of(session.Status)}  {session.Source} · {session.Holds.Count} hold{(session.Holds.Count == 1 ? "" : "s")}{took}");
                foreach (var hold in session.Holds)
                {
                    output.WriteLine($"    {Name(catalog, hold.Exercise),-40} {Side(hold.Side),-5} #{hold.Rep}  {hold.ActualSeconds,3} s  {Felt(hold)}");
                }
            }

            return 0;
        });
        return command;
    }

    private static async Task AddNote(CliContext context, ParseResult parse, string text, CancellationToken cancel)
    {
        if (text.Length is 0 or > 500)
        {
            throw new UserError("a note is 1 to 500 characters");
        }

        using var store = await context.OpenStoreAsync(parse, cancel);
        var latest = (await store.SessionsAsync(1, cancel)).FirstOrDefault(s => s.Holds.Count > 0)
            ?? throw new UserError("there is no hold to add a note to yet");
        var hold = latest.Holds.MaxBy(h => h.SegmentIndex)!;
        await store.NoteHoldAsync(latest.Id, hold.SegmentIndex, text, cancel);
        context.Error.WriteLine($"Noted on {hold.Exercise}{(hold.Side is { } s ? $", {Words.Of(s)} side" : "")}, hold {hold.Rep} of {Local(context, latest.StartedAt)}.");
    }

    private static string Local(CliContext context, DateTimeOffset at) => context.Local(at, "ddd d MMM yyyy HH:mm");

    public static string Name(ExerciseCatalog catalog, ExerciseId id) => catalog.Find(id)?.Name ?? id.Value;

    private static string Side(Limber.Sessions.Side? side) => side is { } s ? Words.Of(s) : "both";

    private static string Felt(LoggedHold hold)
    {
        var parts = new List<string>();
        if (hold.Rating is { } r)
        {
            parts.Add($"tight {r.Tightness}/10, pain {r.Pain}/10{(r.Pinch ? ", pinched" : "")}");
        }

        if (hold.Range is { } range)
        {
            parts.Add($"range {range.Value.ToString("0.#", CultureInfo.InvariantCulture)} {range.Unit}");
        }

        if (hold.Note is { } note)
        {
            parts.Add($"\"{note}\"");
        }

        return parts.Count == 0 ? "not rated" : string.Join(" · ", parts);
    }
}
