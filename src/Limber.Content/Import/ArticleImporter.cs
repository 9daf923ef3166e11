using Limber.Exercises;

namespace Limber.Content.Import;

/// <summary>
/// Exercise articles (plain text or HTML) into draft records, in one pipeline for every layout:
/// segmentation (blocks) -> page chrome dropped -> sections classified and grouped by exercise -> fields extracted.
/// </summary>
public static class ArticleImporter
{
    /// <summary>Reads a file, refusing an oversized one before loading it.</summary>
    public static ImportResult ImportFile(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new ImportException($"no such file: {path}");
        }

        if (info.Length > ArticleText.MaxBytes)
        {
            throw ArticleText.TooLarge(info.Length);
        }

        return Import(ArticleText.Decode(File.ReadAllBytes(path)), info.Name, info.FullName);
    }

    /// <summary>The article as the importer reads it, one line per block, page chrome dropped: what a reviewer compares a draft with.</summary>
    public static IReadOnlyList<string> ReadableLines(ArticleText article)
    {
        var blocks = article.IsHtml ? HtmlBlocks.Read(article.Text).Blocks : TextBlocks.Read(article.Text);
        return ChromeFilter.Apply(blocks).Select(b => b.Kind switch
        {
            BlockKind.Heading => $"## {b.Text}",
            BlockKind.Item => $"  - {b.Text}",
            BlockKind.Question => $"Q: {b.Text}",
            _ => b.Text,
        }).ToList();
    }

    public static ImportResult Import(ArticleText article, string fileName, string? articlePath = null)
    {
        var (blocks, url) = article.IsHtml ? HtmlBlocks.Read(article.Text) : (TextBlocks.Read(article.Text), null);
        var outline = Outline.Build(ChromeFilter.Apply(blocks));
        var shared = DraftBuilder.Shared(outline);
        var drafts = outline.Exercises
            .Select(part => DraftBuilder.Build(outline, shared, part, new SourceReference(SourceTitle(outline.Title, fileName), url, null, fileName), articlePath ?? fileName))
            .OfType<ExerciseDraft>()
            .ToList();
        if (drafts.Count == 0)
        {
            throw new ImportException("no exercise found: the article has no instructions (no steps section, numbered list or sentences such as 'Lie on your back')");
        }

        return new(Deduplicated(drafts), article.Warnings);
    }

    private static string SourceTitle(string title, string fileName) => title.Length > 0 ? title : fileName;

    /// <summary>Two exercises named alike in one article get distinct ids.</summary>
    private static List<ExerciseDraft> Deduplicated(List<ExerciseDraft> drafts)
    {
        var seen = new HashSet<string>();
        return drafts.Select(d =>
        {
            var id = d.Exercise.Id.Value;
            for (var n = 2; !seen.Add(id); n++)
            {
                id = $"{d.Exercise.Id.Value}-{n}";
            }

            return id == d.Exercise.Id.Value ? d : d with { Exercise = d.Exercise with { Id = new ExerciseId(id) } };
        }).ToList();
    }
}
