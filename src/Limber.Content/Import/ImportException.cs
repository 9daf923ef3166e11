namespace Limber.Content.Import;

/// <summary>An article the importer cannot read at all (empty, binary, too large); the message says why, in one line.</summary>
public sealed class ImportException(string message) : Exception(message);
