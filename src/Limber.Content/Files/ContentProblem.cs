namespace Limber.Content.Files;

/// <summary>One thing wrong in a content file, with the 1-based line it is on (0 when it concerns the whole file).</summary>
public sealed record ContentProblem(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
