namespace Limber.Cli;

/// <summary>Something the user can fix: printed as one line on stderr, exit code 1, no stack trace.</summary>
internal sealed class UserError(string message) : Exception(message);
