using System.Data.Common;
using System.Globalization;
using Limber.Exercises;
using Limber.Progress;
using Limber.Sessions;

namespace Limber.Storage;

/// <summary>
/// The progress store on SQL, for one user: the same statements on SQLite and PostgreSQL. Each call opens a pooled
/// connection and commits before it returns, so what a call wrote is durable once its task completes.
/// </summary>
internal sealed class SqlStore(Dialect dialect, string user) : IProgressStore
{
    private const string HoldColumns =
        "h.session_id, h.segment_index, h.exercise_id, h.side, h.rep, h.planned_seconds, h.actual_seconds, h.completed_at, h.tightness, h.pain, h.pinch, h.range_value, h.range_unit, h.note";

    public string Where => dialect.Where;

    /// <summary>Opens the database and brings its schema up to date.</summary>
    public async Task OpenAsync(CancellationToken cancel) => await Guard(async () =>
    {
        await using var connection = await dialect.OpenAsync(cancel);
        await Schema.UpgradeAsync(connection, dialect, cancel: cancel);
        return 0;
    });

    public Task<long> StartSessionAsync(DateTimeOffset startedAt, string source, string recipe, CancellationToken cancel = default) => Guard(async () =>
    {
        await using var connection = await dialect.OpenAsync(cancel);
        await using var command = Command(connection,
            "INSERT INTO sessions (user_name, started_at, status, source, recipe) VALUES (@user, @started, 'running', @source, @recipe)" + dialect.ReturningId,
            ("user", user), ("started", startedAt.ToUnixTimeMilliseconds()), ("source", source), ("recipe", recipe));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancel), CultureInfo.InvariantCulture);
    });

    public Task AddHoldAsync(long sessionId, LoggedHold hold, CancellationToken cancel = default) => Guard(async () =>
    {
        await using var connection = await dialect.OpenAsync(cancel);
        await using var command = Command(connection,
            """
            INSERT INTO holds (session_id, segment_index, exercise_id, side, rep, planned_seconds, actual_seconds, completed_at,
                               tightness, pain, pinch, range_value, range_unit, note)
            VALUES (@session, @segment, @exercise, @side, @rep, @planned, @actual, @completed, @tightness, @pain, @pinch, @range, @unit, @note)
            ON CONFLICT (session_id, segment_index) DO UPDATE SET
                exercise_id = excluded.exercise_id, side = excluded.side, rep = excluded.rep, planned_seconds = excluded.planned_seconds,
                actual_seconds = excluded.actual_seconds, completed_at = excluded.completed_at, tightness = excluded.tightness,
                pain = excluded.pain, pinch = excluded.pinch, range_value = excluded.range_value, range_unit = excluded.range_unit, note = excluded.note
            """,
            ("session", sessionId), ("segment", hold.SegmentIndex), ("exercise", hold.Exercise.Value), ("side", SideWord(hold.Side)),
            ("rep", hold.Rep), ("planned", hold.PlannedSeconds), ("actual", hold.ActualSeconds), ("completed", hold.CompletedAt.ToUnixTimeMilliseconds()),
            ("tightness", hold.Rating?.Tightness), ("pain", hold.Rating?.Pain), ("pinch", hold.Rating?.Pinch == true ? 1 : 0),
            ("range", hold.Range?.Value), ("unit", hold.Range?.Unit), ("note", hold.Note));
        await command.ExecuteNonQueryAsync(cancel);
        return 0;
    });

    public Task RateHoldAsync(long sessionId, int segmentIndex, Rating rating, RangeMeasure? range = null, string? note = null, CancellationToken cancel = default) => Guard(async () =>
    {
        await using var connection = await dialect.OpenAsync(cancel);
        await using var command = Command(connection,
            """
            UPDATE holds SET tightness = @tightness, pain = @pain, pinch = @pinch,
                range_value = COALESCE(@range, range_value), range_unit = COALESCE(@unit, range_unit), note = COALESCE(@note, note)
            WHERE session_id = @session AND segment_index = @segment
            """,
            ("tightness", rating.Tightness), ("pain", rating.Pain), ("pinch", rating.Pinch ? 1 : 0),
            ("range", range?.Value), ("unit", range?.Unit), ("note", note), ("session", sessionId), ("segment", segmentIndex));
        if (await command.ExecuteNonQueryAsync(cancel) == 0)
        {
            throw new StorageException($"no hold {segmentIndex} in session {sessionId} to rate");
        }

        return 0;
    });

    public Task NoteHoldAsync(long sessionId, int segmentIndex, string note, CancellationToken cancel = default) => Guard(async () =>
    {
        await using var connection = await dialect.OpenAsync(cancel);
        await using var command = Command(connection, "UPDATE holds SET note = @note WHERE session_id = @session AND segment_index = @segment",
            ("note", note), ("session", sessionId), ("segment", segmentIndex));
        return await command.ExecuteNonQueryAsync(cancel) == 0 ? throw new StorageException($"no hold {segmentIndex} in session {sessionId} to note") : 0;
    });

    public Task EndSessionAsync(long sessionId, SessionStatus status, DateTimeOffset endedAt, CancellationToken cancel = default) => Guard(async () =>
    {
        await using var connection = await dialect.OpenAsync(cancel);
        await using var command = Command(connection, "UPDATE sessions SET status = @status, ended_at = @ended WHERE id = @id AND user_name = @user",
            ("status", Words.Of(status)), ("ended", endedAt.ToUnixTimeMilliseconds()), ("id", sessionId), ("user", user));
        await command.ExecuteNonQueryAsync(cancel);
        return 0;
    });

    public async Task<LoggedSession?> UnfinishedAsync(CancellationToken cancel = default) =>
        await ReadSessions("WHERE user_name = @user AND status = 'running' ORDER BY started_at DESC, id DESC", 1, cancel) is [var latest, ..] ? latest : null;

    public Task<IReadOnlyList<LoggedSession>> SessionsAsync(int? limit = null, CancellationToken cancel = default) =>
        ReadSessions("WHERE user_name = @user ORDER BY started_at DESC, id DESC", limit, cancel);

    public async Task<LoggedSession?> SessionAsync(long sessionId, CancellationToken cancel = default) =>
        await ReadSessions("WHERE user_name = @user AND id = @id", 1, cancel, sessionId) is [var session] ? session : null;

    public Task<IReadOnlyList<LoggedHold>> HoldsAsync(ExerciseId? exercise = null, CancellationToken cancel = default) => Guard(async () =>
    {
        await using var connection = await dialect.OpenAsync(cancel);
        await using var command = Command(connection,
            $"SELECT {HoldColumns} FROM holds h JOIN sessions s ON s.id = h.session_id WHERE s.user_name = @user"
            + (exercise is null ? "" : " AND h.exercise_id = @exercise") + " ORDER BY s.started_at, s.id, h.segment_index",
            ("user", user), ("exercise", exercise?.Value));
        return (IReadOnlyList<LoggedHold>)await ReadHolds(command, cancel);
    });

    public Task<UserSettings> SettingsAsync(CancellationToken cancel = default) => Guard(async () =>
    {
        await using var connection = await dialect.OpenAsync(cancel);
        await using var command = Command(connection, "SELECT breaths_per_minute, level, tighter_side FROM settings WHERE user_name = @user", ("user", user));
        await using var reader = await command.ExecuteReaderAsync(cancel);
        if (!await reader.ReadAsync(cancel))
        {
            return UserSettings.Default;
        }

        return new UserSettings(
            Convert.ToDouble(reader.GetValue(0), CultureInfo.InvariantCulture),
            reader.IsDBNull(1) ? null : Word<Level>(reader.GetString(1)),
            reader.IsDBNull(2) ? null : Word<Side>(reader.GetString(2)));
    });

    public Task SaveSettingsAsync(UserSettings settings, CancellationToken cancel = default) => Guard(async () =>
    {
        await using var connection = await dialect.OpenAsync(cancel);
        await using var command = Command(connection,
            """
            INSERT INTO settings (user_name, breaths_per_minute, level, tighter_side) VALUES (@user, @pace, @level, @side)
            ON CONFLICT (user_name) DO UPDATE SET breaths_per_minute = excluded.breaths_per_minute, level = excluded.level, tighter_side = excluded.tighter_side
            """,
            ("user", user), ("pace", settings.BreathsPerMinute), ("level", settings.Level is { } l ? Words.Of(l) : null), ("side", SideWord(settings.TighterSide)));
        await command.ExecuteNonQueryAsync(cancel);
        return 0;
    });

    public void Dispose() => dialect.Dispose();

    private Task<IReadOnlyList<LoggedSession>> ReadSessions(string where, int? limit, CancellationToken cancel, long? only = null) => Guard(async () =>
    {
        await using var connection = await dialect.OpenAsync(cancel);
        var sessions = new List<(long Id, DateTimeOffset Started, DateTimeOffset? Ended, SessionStatus Status, string Source, string Recipe)>();
        await using (var command = Command(connection, $"SELECT id, started_at, ended_at, status, source, recipe FROM sessions {where}" + (limit is { } n ? $" LIMIT {n}" : ""), ("user", user), ("id", only)))
        await using (var reader = await command.ExecuteReaderAsync(cancel))
        {
            while (await reader.ReadAsync(cancel))
            {
                sessions.Add((Long(reader, 0), Time(Long(reader, 1)), reader.IsDBNull(2) ? null : Time(Long(reader, 2)),
                    Word<SessionStatus>(reader.GetString(3)), reader.GetString(4), reader.GetString(5)));
            }
        }

        var holds = new List<LoggedHold>();
        if (sessions.Count > 0)
        {
            // One query for the holds of every session read: those from the oldest of them on.
            await using var command = Command(connection,
                $"SELECT {HoldColumns} FROM holds h JOIN sessions s ON s.id = h.session_id WHERE s.user_name = @user AND s.started_at >= @from"
                + (only is null ? "" : " AND h.session_id = @id") + " ORDER BY h.session_id, h.segment_index",
                ("user", user), ("from", sessions.Min(s => s.Started).ToUnixTimeMilliseconds()), ("id", only));
            holds = await ReadHolds(command, cancel);
        }

        var bySession = holds.ToLookup(h => h.SessionId);
        return (IReadOnlyList<LoggedSession>)[.. sessions.Select(s => new LoggedSession(s.Id, s.Started, s.Ended, s.Status, s.Source, s.Recipe, [.. bySession[s.Id]]))];
    });

    private static async Task<List<LoggedHold>> ReadHolds(DbCommand command, CancellationToken cancel)
    {
        var holds = new List<LoggedHold>();
        var ids = new Dictionary<string, ExerciseId>(); // a log names few exercises many times
        await using var reader = await command.ExecuteReaderAsync(cancel);
        while (await reader.ReadAsync(cancel))
        {
            var exercise = reader.GetString(2);
            if (!ids.TryGetValue(exercise, out var id))
            {
                ids[exercise] = id = new ExerciseId(exercise);
            }

            var rating = reader.IsDBNull(8) || reader.IsDBNull(9) ? null : new Rating(reader.GetInt32(8), reader.GetInt32(9), reader.GetInt32(10) != 0);
            holds.Add(new LoggedHold(
                id,
                reader.IsDBNull(3) ? null : reader.GetString(3) == "left" ? Side.Left : Side.Right,
                reader.GetInt32(4),
                reader.GetInt32(5),
                reader.GetInt32(6),
                Time(reader.GetInt64(7)),
                rating,
                reader.IsDBNull(11) ? null : new RangeMeasure(reader.GetDouble(11), reader.IsDBNull(12) ? "" : reader.GetString(12)),
                reader.IsDBNull(13) ? null : reader.GetString(13))
            {
                SessionId = reader.GetInt64(0),
                SegmentIndex = reader.GetInt32(1),
            });
        }

        return holds;
    }

    private static DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>Runs a storage call; a failure the user can act on becomes a <see cref="StorageException"/> that says what to do.</summary>
    private async Task<T> Guard<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (e is not StorageException and not OperationCanceledException && dialect.Explain(e) is { } message)
        {
            throw new StorageException(message, e);
        }
    }

    private static long Long(DbDataReader reader, int column) => Convert.ToInt64(reader.GetValue(column), CultureInfo.InvariantCulture);

    private static DateTimeOffset Time(long unixMilliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds);

    private static string? SideWord(Side? side) => side is { } s ? Words.Of(s) : null;

    private static T Word<T>(string word) where T : struct, Enum =>
        Words.TryParse<T>(word, out var value) ? value : throw new StorageException($"unexpected value '{word}' in the database");
}
