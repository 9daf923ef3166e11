using Limber.Exercises;

namespace Limber.Content.Import.Scoring;

/// <summary>
/// Per-field accuracy of the importer over a set of articles: exact match for the name, position, sides and dose
/// numbers; count match for steps, mistakes, tips and FAQ; set overlap (Jaccard) for aliases, props and targets.
/// An expected exercise the importer missed scores zero on every field.
/// </summary>
public sealed record ImportScore(IReadOnlyDictionary<string, double> Accuracy, IReadOnlyList<string> Misses, int Articles, int Exercises)
{
    public static readonly string[] Fields =
    [
        "exercises", "name", "aliases", "position", "laterality", "holdSeconds", "holdBreaths", "reps", "perSide", "sets",
        "steps", "mistakes", "tips", "faq", "equipment", "targets",
    ];

    public static ImportScore Measure(IReadOnlyList<ExpectedArticle> articles)
    {
        var totals = Fields.ToDictionary(f => f, _ => 0.0);
        var misses = new List<string>();
        var exerciseCount = 0;
        foreach (var article in articles)
        {
            var name = Path.GetFileName(article.Article);
            IReadOnlyList<ExerciseDraft> drafts;
            try
            {
                drafts = ArticleImporter.ImportFile(article.Article).Drafts;
            }
            catch (ImportException e)
            {
                misses.Add($"{name}: {e.Message}");
                drafts = [];
            }

            var countRight = drafts.Count == article.Exercises.Count;
            totals["exercises"] += countRight ? 1 : 0;
            if (!countRight)
            {
                misses.Add($"{name}: exercises: expected {article.Exercises.Count}, got {drafts.Count} ({string.Join(", ", drafts.Select(d => d.Exercise.Name))})");
            }

            for (var i = 0; i < article.Exercises.Count; i++)
            {
                var expected = article.Exercises[i];
                var found = drafts.FirstOrDefault(d => Names.Key(d.Exercise.Name) == Names.Key(expected.Name)) ?? (i < drafts.Count ? drafts[i] : null);
                exerciseCount++;
                if (found is null)
                {
                    misses.Add($"{name} / {expected.Name}: not found");
                    continue;
                }

                foreach (var field in Fields.Skip(1))
                {
                    var (score, got, want) = Compare(field, expected, found.Exercise);
                    totals[field] += score;
                    if (score < 1)
                    {
                        misses.Add($"{name} / {expected.Name}: {field}: expected {want}, got {got}");
                    }
                }
            }
        }

        var accuracy = Fields.ToDictionary(f => f, f => f == "exercises" ? totals[f] / Math.Max(1, articles.Count) : totals[f] / Math.Max(1, exerciseCount));
        return new(accuracy, misses, articles.Count, exerciseCount);
    }

    public double Lowest => Accuracy.Values.DefaultIfEmpty(0).Min();

    private static (double Score, string Got, string Want) Compare(string field, ExpectedRecord want, Exercise got) => field switch
    {
        "name" => Exact(Names.Key(want.Name), Names.Key(got.Name), want.Name, got.Name),
        "aliases" => Overlap(want.Aliases.Select(Names.Key), got.Aliases.Select(Names.Key)),
        "position" => Exact(want.Position, got.Position),
        "laterality" => Exact(want.Laterality, got.Laterality),
        "holdSeconds" => Exact(want.HoldSeconds, (got.Dosage.Hold as HoldDose.Seconds)?.Range),
        "holdBreaths" => Exact(want.HoldBreaths, (got.Dosage.Hold as HoldDose.Breaths)?.Range),
        "reps" => Exact(want.Reps, got.Dosage.Reps),
        "perSide" => Exact(want.PerSide, got.Dosage.PerSide),
        "sets" => Exact(want.Sets, got.Dosage.Sets),
        "steps" => Exact(want.Steps, got.Steps.Count),
        "mistakes" => Exact(want.Mistakes, got.Mistakes.Count),
        "tips" => Exact(want.Tips, got.Tips.Count),
        "faq" => Exact(want.Faq, got.Faq.Count),
        "equipment" => Overlap(want.Equipment, got.Equipment),
        "targets" => Overlap(want.Targets, got.Targets),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a scored field"),
    };

    private static (double, string, string) Exact<T>(T want, T got, string? wantText = null, string? gotText = null) =>
        (EqualityComparer<T>.Default.Equals(want, got) ? 1 : 0, gotText ?? Show(got), wantText ?? Show(want));

    private static string Show<T>(T value) => value?.ToString() ?? "null";

    private static (double, string, string) Overlap(IEnumerable<string> want, IEnumerable<string> got)
    {
        var a = want.ToHashSet();
        var b = got.ToHashSet();
        var union = a.Union(b).Count();
        var score = union == 0 ? 1 : (double)a.Intersect(b).Count() / union;
        return (score, $"[{string.Join(", ", b.Order())}]", $"[{string.Join(", ", a.Order())}]");
    }
}
