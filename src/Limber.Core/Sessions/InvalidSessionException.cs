namespace Limber.Sessions;

/// <summary>A session that cannot be built as asked: an empty list, a dose the exercise cannot take, a bad option.</summary>
public sealed class InvalidSessionException(string message) : Exception(message);
