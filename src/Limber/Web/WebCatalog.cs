using System.Text.Json;
using System.Text.Json.Nodes;
using Limber.Catalog;
using Limber.Exercises;
using Limber.Planning;

namespace Limber.Cli.Web;

/// <summary>
/// The catalog and goals as the web app serves them. The catalog does not change while the app runs, so each
/// exercise's list entry is written to JSON once, at start, and a list answer only copies bytes.
/// </summary>
internal sealed class WebCatalog
{
    private readonly Dictionary<ExerciseId, byte[]> entries;

    public WebCatalog(ExerciseCatalog catalog, IReadOnlyList<Goal> goals)
    {
        Exercises = catalog;
        Goals = goals;
        entries = catalog.Exercises.ToDictionary(e => e.Id, e => JsonSerializer.SerializeToUtf8Bytes(Entry(e)));
        Filters = new FilterIndex(catalog.Exercises);
        Planner = new Planner(catalog);
    }

    public FilterIndex Filters { get; }

    /// <summary>One planner for the catalog: it reads the catalog once and keeps each exercise's starting doses.</summary>
    public Planner Planner { get; }

    public ExerciseCatalog Exercises { get; }

    public IReadOnlyList<Goal> Goals { get; }

    /// <summary>An exercise's list entry: the schema's field names, the fields a list shows, and its dose in words.</summary>
    public static JsonObject Entry(Exercise e) => new()
    {
        ["id"] = e.Id.Value,
        ["name"] = e.Name,
        ["aliases"] = new JsonArray([.. e.Aliases.Select(a => (JsonNode)a)]),
        ["summary"] = e.Summary,
        ["position"] = e.Position is { } p ? Words.Of(p) : null,
        ["level"] = e.Level is { } l ? Words.Of(l) : null,
        ["equipment"] = new JsonArray([.. e.Equipment.Select(a => (JsonNode)a)]),
        ["primaryTargets"] = new JsonArray([.. e.PrimaryTargets.Select(a => (JsonNode)a)]),
        ["secondaryTargets"] = new JsonArray([.. e.SecondaryTargets.Select(a => (JsonNode)a)]),
        ["laterality"] = Words.Of(e.Laterality),
        ["useCases"] = new JsonArray([.. e.UseCases.Select(u => (JsonNode)Words.Of(u))]),
        ["dose"] = e.Dosage.Describe(),
    };

    public ReadOnlyMemory<byte> EntryJson(ExerciseId id) => entries[id];

    public Goal? Goal(string id) => Goals.FirstOrDefault(g => g.Id == id);
}
