namespace Limber.Sessions;

/// <param name="Offset">Seconds from the start of its segment.</param>
public sealed record Cue(double Offset, string Text, CueKind Kind);
