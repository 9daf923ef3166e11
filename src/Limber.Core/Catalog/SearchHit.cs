using Limber.Exercises;

namespace Limber.Catalog;

public sealed record SearchHit(Exercise Exercise, double Score);
