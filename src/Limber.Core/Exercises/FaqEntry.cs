namespace Limber.Exercises;

public sealed record FaqEntry(string Question, string Answer);
