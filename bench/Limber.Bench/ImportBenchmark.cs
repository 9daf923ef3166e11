using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Limber.Content.Import;

namespace Limber.Bench;

/// <summary>
/// The importer on articles of about 5 KB: three seed articles (plain text, 5.0 to 6.4 KB) and one of our HTML
/// test pages padded to 5 KB. One operation imports one article, start to finish; the process runs on one core.
/// </summary>
[MemoryDiagnoser]
public class ImportBenchmark
{
    private ArticleText[] articles = [];

    [ParamsSource(nameof(Names))]
    public string Article { get; set; } = "";

    public static IEnumerable<string> Names => ["001", "002", "004", "html"];

    [GlobalSetup]
    public void Load() => articles = [ImportArticles.Load(Article)];

    [Benchmark]
    public int Import() => ArticleImporter.Import(articles[0], "article").Drafts.Count;

    public static int Run(string[] args)
    {
        var summary = BenchmarkRunner.Run<ImportBenchmark>(args: args);
        foreach (var report in summary.Reports)
        {
            if (report.ResultStatistics is not { } stats)
            {
                return 1;
            }

            var name = report.BenchmarkCase.Parameters["Article"];
            Console.WriteLine($"{name}: {ImportArticles.Load((string)name).Text.Length / 1024.0:F1} KB, median {stats.Median / 1e3:F0} us, {1e9 / stats.Median:N0} articles/s on one core");
        }

        return 0;
    }
}

/// <summary>The benchmark articles, found from the repository root like the tests find them.</summary>
internal static class ImportArticles
{
    public static ArticleText Load(string name)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Limber.slnx")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("run from inside the repository");
        }

        if (name == "html")
        {
            var page = File.ReadAllText(Path.Combine(root, "tests", "Limber.Content.Tests", "Import", "Cases", "standing-quad-stretch.html"));
            var padding = string.Concat(Enumerable.Repeat("<p>Stretch gently and keep breathing; the stretch should feel like a mild pull, never pain.</p>\n", 30));
            return ArticleText.FromString(page.Replace("<h2>Safety</h2>", padding + "<h2>Safety</h2>", StringComparison.Ordinal)[..Math.Min(5200, page.Length + padding.Length)] + "</article></body></html>");
        }

        var seed = Directory.EnumerateFiles(Path.Combine(root, "..", "shared", "seeds"), name + "_*.txt").Single();
        return ArticleText.Decode(File.ReadAllBytes(seed));
    }

    /// <summary>Imports <paramref name="count"/> articles in a loop and prints the managed heap after every tenth of them.</summary>
    public static int Memory(int count, string? only = null)
    {
        ArticleText[] all = only is null ? [Load("001"), Load("002"), Load("003"), Load("004"), Load("html")] : [Load(only)];
        var start = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"heap before: {start / 1024.0:N0} KB");
        var drafts = 0L;
        var lap = TimeProvider.System.GetTimestamp();
        for (var i = 1; i <= count; i++)
        {
            drafts += ArticleImporter.Import(all[i % all.Length], "article").Drafts.Count;
            if (i % (count / 10) == 0)
            {
                var rate = count / 10 / TimeProvider.System.GetElapsedTime(lap).TotalSeconds;
                Console.WriteLine($"after {i,7:N0} articles: heap {GC.GetTotalMemory(forceFullCollection: true) / 1024.0:N0} KB, {rate:N0} articles/s over the last {count / 10:N0}");
                lap = TimeProvider.System.GetTimestamp();
            }
        }

        Console.WriteLine($"{drafts:N0} drafts made; {GC.GetTotalAllocatedBytes() / 1024.0 / count:N0} KB allocated per article; {GC.CollectionCount(0):N0} gen-0, {GC.CollectionCount(1):N0} gen-1, {GC.CollectionCount(2):N0} gen-2 collections");
        return 0;
    }
}
