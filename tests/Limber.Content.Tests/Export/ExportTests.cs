using System.Text.Json;
using System.Text.Json.Nodes;
using Limber.Content.Export;
using Limber.Content.Files;
using Limber.Testing;
using Shouldly;

namespace Limber.Content.Tests.Export;

/// <summary>
/// The export against shared/spec/exercise.schema.json, read at run time: required fields, enums, ranges and
/// types are checked directly (no JSON-schema package restores here; test.sh also runs check-export.py).
/// </summary>
public sealed class ExportTests
{
    private static readonly IReadOnlyList<Limber.Exercises.Exercise> Seeds = [.. CatalogFolder.Load(Repo.Exercises).Catalog.Exercises.Where(Repo.IsSeed)];

    private static readonly JsonObject Schema =
        JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Shared, "spec", "exercise.schema.json")))!.AsObject();

    private static JsonArray Exported() => JsonNode.Parse(ExerciseJson.Write(Seeds))!.AsArray();

    [Fact]
    public void Every_record_has_every_required_field()
    {
        var required = Schema["required"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();
        required.ShouldContain("dosage");
        foreach (var record in Exported().Select(r => r!.AsObject()))
        {
            required.Where(field => !record.ContainsKey(field)).ShouldBeEmpty(record["id"]!.ToString());
            record["steps"]!.AsArray().Count.ShouldBeGreaterThan(0);
            record["source"]!["title"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public void Every_enum_value_is_one_the_schema_allows()
    {
        var properties = Schema["properties"]!.AsObject();
        string?[] Allowed(JsonNode? enumNode) => [.. enumNode!.AsArray().Select(v => v?.GetValue<string>())];
        var positions = Allowed(properties["position"]!["enum"]);
        var levels = Allowed(properties["level"]!["enum"]);
        var lateralities = Allowed(properties["laterality"]!["enum"]);
        var useCases = Allowed(properties["useCases"]!["items"]!["enum"]);
        var kinds = Allowed(properties["modifications"]!["items"]!["properties"]!["kind"]!["enum"]);

        foreach (var record in Exported().Select(r => r!.AsObject()))
        {
            positions.ShouldContain(record["position"]?.GetValue<string>());
            levels.ShouldContain(record["level"]?.GetValue<string>());
            lateralities.ShouldContain(record["laterality"]!.GetValue<string>());
            record["useCases"]!.AsArray().ShouldAllBe(u => useCases.Contains(u!.GetValue<string>()));
            record["modifications"]!.AsArray().ShouldAllBe(m => kinds.Contains(m!["kind"] == null ? null : m["kind"]!.GetValue<string>()));
            System.Text.RegularExpressions.Regex.IsMatch(record["id"]!.GetValue<string>(), Schema["properties"]!["id"]!["pattern"]!.GetValue<string>()).ShouldBeTrue();
        }
    }

    [Fact]
    public void Dose_ranges_have_both_ends_in_order()
    {
        foreach (var dosage in Exported().Select(r => r!["dosage"]!.AsObject()))
        {
            foreach (var key in new[] { "holdSeconds", "holdBreaths", "reps" })
            {
                if (dosage[key] is JsonObject range)
                {
                    range.ContainsKey("min").ShouldBeTrue();
                    range.ContainsKey("max").ShouldBeTrue();
                    var min = range["min"]!.GetValue<double>();
                    min.ShouldBeGreaterThanOrEqualTo(0);
                    if (range["max"] is { } max)
                    {
                        max.GetValue<double>().ShouldBeGreaterThanOrEqualTo(min);
                    }
                }
            }
        }
    }

    [Fact]
    public void Unstated_fields_are_kept_as_null_and_lists_as_empty()
    {
        var hip = Exported().Single(r => r!["id"]!.GetValue<string>() == "hip-crossover-stretch")!.AsObject();
        hip.ContainsKey("level").ShouldBeTrue();
        hip["level"].ShouldBeNull();
        hip["dosage"]!["note"].ShouldBeNull();
        hip["dosage"]!.AsObject().ContainsKey("holdBreaths").ShouldBeTrue();
        hip["faq"]!.AsArray().ShouldBeEmpty();
        hip["dosage"]!["holdSeconds"]!.ToJsonString().ShouldBe("""{"min":30,"max":60}""");
    }

    [Fact]
    public void Field_names_are_camel_case() =>
        Exported()[0]!.AsObject().Select(p => p.Key).ShouldAllBe(k => char.IsLower(k[0]) && !k.Contains('_') && !k.Contains('-'));

    [Fact]
    public void Json_export_reads_back_into_the_same_records()
    {
        var json = ExerciseJson.Write(Seeds);
        var (again, problems) = ExerciseFile.ReadMany(json, "export.json");
        problems.ShouldBeEmpty();
        ExerciseJson.Write(again).ShouldBe(json);
    }

    [Fact]
    public void Yaml_export_reads_back_into_the_same_records()
    {
        var (again, problems) = ExerciseFile.ReadMany(ExerciseYaml.Write(Seeds), "export.yaml");
        problems.ShouldBeEmpty();
        ExerciseJson.Write(again).ShouldBe(ExerciseJson.Write(Seeds));
    }

    [Fact]
    public void A_single_record_written_as_a_content_file_loads_as_the_same_exercise()
    {
        var seed = Seeds.Single(e => e.Id.Value == "restorative-supta-virasana");
        var (again, problems) = ExerciseFile.Read(ExerciseYaml.WriteOne(seed), "restorative-supta-virasana.yaml");
        problems.ShouldBeEmpty();
        ExerciseJson.ToNode(again!).ToJsonString().ShouldBe(ExerciseJson.ToNode(seed).ToJsonString());
    }

    [Fact]
    public void Text_that_looks_like_a_number_or_null_stays_text_in_yaml()
    {
        var odd = Seeds[0] with { Aliases = ["null", "30", "true"] };
        var (again, problems) = ExerciseFile.ReadMany(ExerciseYaml.Write([odd]), "odd.yaml");
        problems.ShouldBeEmpty();
        again.Single().Aliases.ShouldBe(["null", "30", "true"]);
    }

    [Fact]
    public void The_export_is_a_json_array_of_seven_records() =>
        JsonDocument.Parse(ExerciseJson.Write(Seeds)).RootElement.GetArrayLength().ShouldBe(7);
}
