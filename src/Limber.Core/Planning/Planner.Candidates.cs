using Limber.Exercises;
using Limber.Sessions;

namespace Limber.Planning;

/// <summary>Which exercises a plan may use for this person, what each costs at its starting dose, and which is better.</summary>
public sealed partial class Planner
{
    private ReadOnlySpan<Candidate> Candidates(PlanRequest request, SessionOptions options, GoalProfile profile, Candidate[] candidates)
    {
        var ranks = Ranks(request.Seed);
        var costs = StartCosts(options, request.SecondsPerSide);
        var level = request.Level ?? Level.Beginner; // the person's level, beginner when unknown: preferred, not required
        var count = 0;
        var removed = new Dictionary<string, int>();
        for (var i = 0; i < facts.Count; i++)
        {
            var mask = profile.MaskOf(facts[i]);
            if (mask == 0 || !Suits(facts[i].Exercise, request.Goal) || costs[i].Cost == Unplayable)
            {
                continue;
            }

            if (Excluded(facts[i].Exercise, request) is { } by)
            {
                removed[by] = removed.GetValueOrDefault(by) + 1;
                continue;
            }

            candidates[count++] = new Candidate(i, mask, costs[i].Cost, ranks[i], Quality(facts[i].Exercise, level), costs[i].Work);
        }

        if (count == 0)
        {
            var why = removed.Count == 0
                ? "the catalog has no exercise for its targets"
                : $"{string.Join(", ", removed.OrderByDescending(r => r.Value).Select(r => $"{r.Key} left out {r.Value}"))}; {Relax(removed.Keys)}";
            throw new PlanImpossibleException($"no exercise is left for the {request.Goal.Name.ToLowerInvariant()} goal: {why}");
        }

        return candidates.AsSpan(0, count);
    }

    /// <summary>"relax --avoid or --level", and "add --partner when someone can help" for partner stretches.</summary>
    private static string Relax(IEnumerable<string> options)
    {
        var relax = options.Where(o => o != "--partner").Order(StringComparer.Ordinal).ToList();
        var partner = options.Contains("--partner") ? "add --partner when someone can help" : null;
        return relax.Count == 0 ? partner! : $"relax {string.Join(" or ", relax)}{(partner is null ? "" : $", or {partner}")}";
    }

    /// <summary>The goal takes this kind of exercise; a strength move never, whatever a goal file says.</summary>
    private static bool Suits(Exercise exercise, Goal goal) =>
        exercise.Kind != ExerciseKind.Strength && goal.Kinds.Contains(exercise.Kind ?? ExerciseKind.Static);

    /// <summary>Which constraint leaves an exercise out, as the option the user would relax; null keeps it.</summary>
    private static string? Excluded(Exercise exercise, PlanRequest request)
    {
        if (request.Exclude?.Contains(exercise.Id) == true)
        {
            return "--exclude";
        }

        if (exercise.Partner == true && !request.Partner)
        {
            return "--partner";
        }

        if (request.Level is { } level && exercise.Level is { } needs && needs > level)
        {
            return "--level";
        }

        if (exercise.Position is { } position && request.Avoid?.Contains(position) == true)
        {
            return "--avoid";
        }

        // Rolling needs a roller the person has said they have.
        var atHand = request.PropsAtHand;
        if (exercise.Kind == ExerciseKind.Rolling && !atHand.Contains("foam-roller"))
        {
            return "--equipment";
        }

        // Only the exercise's own props count: a prop that only a modification uses (the pillow under the hips, the
        // strap round a foot out of reach) never leaves the exercise out; WithOffer mentions it when it is at hand.
        // An exercise's props are most often alternatives or aids ("a bolster, blankets or a large pillow"; "a
        // pillow under the hips if lying on the stomach bothers the back"), so one of them at hand is enough; a
        // mat is comfort, never a need (the sources say "a mat or carpet", "a mat or the floor").
        // A loop, not a query: this runs for every exercise of the catalog on every plan.
        var needsOne = false;
        foreach (var prop in exercise.Equipment)
        {
            if (prop == "mat")
            {
                continue;
            }

            if (atHand.Contains(prop))
            {
                return null;
            }

            needsOne = true;
        }

        return needsOne ? "--equipment" : null;
    }

    /// <summary>
    /// The reason, and the first modification whose props are at hand, in plain words: "...; you can use your
    /// pillow: pillow or blanket under the hip bones".
    /// </summary>
    private static string WithOffer(Exercise exercise, PlanRequest request, string reason)
    {
        var atHand = request.PropsAtHand;
        foreach (var modification in exercise.Modifications)
        {
            var props = modification.Equipment.Where(atHand.Contains).Select(Words.PlainProp).ToList();
            if (props.Count > 0)
            {
                var name = char.ToLowerInvariant(modification.Name[0]) + modification.Name[1..];
                return $"{reason}; you can use your {string.Join(" or ", props)}: {name}";
            }
        }

        return reason;
    }

    /// <summary>
    /// Full coaching content first (mistakes to avoid, stop signs, tips, modifications: what a person needs to do
    /// it well and safely), then an exercise at or below the person's level.
    /// </summary>
    private static int Quality(Exercise exercise, Level level)
    {
        var content = (exercise.Mistakes.Count > 0 ? 2 : 0) + (exercise.Safety.Count > 0 ? 2 : 0)
            + (exercise.Tips.Count > 0 ? 1 : 0) + (exercise.Modifications.Count > 0 ? 1 : 0);
        var fits = exercise.Level is not { } needs || needs <= level ? 1 : 0;
        return (content * 2) + fits;
    }

    /// <summary>Ties go by catalog order, or by a shuffle that <paramref name="seed"/> makes reproducible.</summary>
    private int[] Ranks(int? seed)
    {
        if (seed is not { } s)
        {
            return catalogOrder;
        }

        var ranks = catalogOrder.ToArray();
        new Random(s).Shuffle(ranks);
        return ranks;
    }

    /// <summary>
    /// Each exercise's length at the dose it starts a plan at, kept per session options and time per side: they
    /// rarely change between plans (short and long plans take two), and this is most of a plan's arithmetic on a
    /// large catalog. At most a few are kept, so odd options cannot grow it.
    /// </summary>
    private (int Cost, int Work)[] StartCosts(SessionOptions options, int perSide)
    {
        if (startCosts.TryGetValue((options, perSide), out var known))
        {
            return known;
        }

        if (startCosts.Count >= MaxStartCosts)
        {
            startCosts.Clear();
        }

        known = [.. facts.Select(f => StartCost(f, options, perSide))];
        startCosts[(options, perSide)] = known;
        return known;
    }

    private const int MaxStartCosts = 8;

    /// <summary>The cost of an exercise no session could play (a dose its own range refuses): never planned.</summary>
    private const int Unplayable = int.MaxValue;

    private static (int Cost, int Work) StartCost(ExerciseFacts f, SessionOptions options, int perSide)
    {
        try
        {
            return DoseFitting.StartCost(f, options, perSide);
        }
        catch (InvalidSessionException)
        {
            return (Unplayable, 0);
        }
    }

    /// <param name="Index">The exercise's place in the catalog.</param>
    /// <param name="Work">Seconds of the cost spent in the stretch itself.</param>
    private readonly record struct Candidate(int Index, int Mask, int Cost, int Rank, int Quality, int Work)
    {
        /// <summary>For the same coverage: better coached, then shorter, then the tie-break rank.</summary>
        public bool Better(Candidate other) => (-Quality, Cost, Rank).CompareTo((-other.Quality, other.Cost, other.Rank)) < 0;
    }
}
