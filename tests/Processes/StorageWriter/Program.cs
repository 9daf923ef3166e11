using System.Globalization;
using Limber.Exercises;
using Limber.Progress;
using Limber.Sessions;
using Limber.Storage;

// usage: Limber.Storage.Writer DATA_DIR USER COUNT — one session of COUNT holds, each written as a session writes it.
var (folder, user, count) = (args[0], args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
var start = new DateTimeOffset(2026, 11, 23, 7, 30, 0, TimeSpan.Zero);
using var store = await ProgressStores.OpenAsync(null, folder, user);
var session = await store.StartSessionAsync(start, $"writer {user}", "{}");
for (var i = 0; i < count; i++)
{
    await store.AddHoldAsync(session, new LoggedHold(new ExerciseId("hip-crossover-stretch"), i % 2 == 0 ? Side.Left : Side.Right, 1 + (i / 2), 45, 45, start.AddSeconds(i)) { SegmentIndex = i });
}

await store.EndSessionAsync(session, SessionStatus.Finished, start.AddSeconds(count));
return 0;
