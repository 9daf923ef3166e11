using Limber.Exercises;

namespace Limber.Progress;

/// <summary>
/// Where sessions, holds and settings are kept, for one user. The CLI and the web app use only this; SQLite and
/// PostgreSQL implement it. Every write is durable when its task completes. Failures surface as
/// <see cref="StorageException"/> with a message a user can act on.
/// </summary>
public interface IProgressStore : IDisposable
{
    /// <summary>Records a session as started and returns its id.</summary>
    Task<long> StartSessionAsync(DateTimeOffset startedAt, string source, string recipe, CancellationToken cancel = default);

    /// <summary>
    /// Writes one completed hold; it is on disk when the task completes. Writing the same segment of a session again
    /// replaces it, so a hold sent twice (a retry after a lost answer) is kept once.
    /// </summary>
    Task AddHoldAsync(long sessionId, LoggedHold hold, CancellationToken cancel = default);

    /// <summary>Adds or replaces the rating of a hold already written (it is written first, rated after).</summary>
    Task RateHoldAsync(long sessionId, int segmentIndex, Rating rating, RangeMeasure? range = null, string? note = null, CancellationToken cancel = default);

    /// <summary>Adds or replaces the note on a hold already written.</summary>
    Task NoteHoldAsync(long sessionId, int segmentIndex, string note, CancellationToken cancel = default);

    Task EndSessionAsync(long sessionId, SessionStatus status, DateTimeOffset endedAt, CancellationToken cancel = default);

    /// <summary>The latest session still running (the process stopped mid-session), if any.</summary>
    Task<LoggedSession?> UnfinishedAsync(CancellationToken cancel = default);

    /// <summary>One session of this user with its holds, or null when there is none with that id.</summary>
    Task<LoggedSession?> SessionAsync(long sessionId, CancellationToken cancel = default);

    /// <summary>Sessions, newest first, each with its holds; <paramref name="limit"/> null for all.</summary>
    Task<IReadOnlyList<LoggedSession>> SessionsAsync(int? limit = null, CancellationToken cancel = default);

    /// <summary>Every hold of one exercise (or of all), oldest first.</summary>
    Task<IReadOnlyList<LoggedHold>> HoldsAsync(ExerciseId? exercise = null, CancellationToken cancel = default);

    Task<UserSettings> SettingsAsync(CancellationToken cancel = default);

    Task SaveSettingsAsync(UserSettings settings, CancellationToken cancel = default);
}
