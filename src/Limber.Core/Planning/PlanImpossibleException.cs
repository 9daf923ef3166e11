namespace Limber.Planning;

/// <summary>A request no plan can meet; the message says which constraint to relax.</summary>
public sealed class PlanImpossibleException(string message) : Exception(message);
