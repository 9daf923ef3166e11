namespace Limber.Progress;

/// <summary>A storage failure in words a user can act on: locked, read-only, full, unreachable.</summary>
public sealed class StorageException(string message, Exception? inner = null) : Exception(message, inner);
