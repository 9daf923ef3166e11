using System.Text;
using Limber.Content.Import;
using Shouldly;

namespace Limber.Content.Tests.Import;

/// <summary>Every bad input gives a clear message or a record with what could be found, never a crash or markup in a field.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("limber-import-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void An_empty_file_says_it_is_empty() =>
        Should.Throw<ImportException>(() => ArticleImporter.ImportFile(Write("empty.txt", []))).Message.ShouldBe("the file is empty");

    [Fact]
    public void A_file_of_blank_lines_says_it_is_empty() =>
        Should.Throw<ImportException>(() => ArticleImporter.ImportFile(Write("blank.txt", "\n \r\n\t\n"u8.ToArray()))).Message.ShouldBe("the file is empty");

    [Fact]
    public void A_binary_file_says_it_is_not_text()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        Should.Throw<ImportException>(() => ArticleImporter.ImportFile(Write("photo.jpg", bytes))).Message.ShouldContain("not text");
    }

    [Fact]
    public void A_pdf_asks_for_text_or_html() =>
        Should.Throw<ImportException>(() => ArticleImporter.ImportFile(Write("a.pdf", "%PDF-1.7\n..."u8.ToArray()))).Message.ShouldContain("PDF");

    [Fact]
    public void A_50_megabyte_file_is_refused_before_it_is_read()
    {
        var path = Path.Combine(folder, "huge.txt");
        using (var file = File.Create(path))
        {
            file.SetLength(50L * 1024 * 1024);
        }

        Should.Throw<ImportException>(() => ArticleImporter.ImportFile(path)).Message.ShouldContain("50.0 MB");
    }

    [Fact]
    public void Invalid_utf8_is_read_as_latin1_with_a_warning()
    {
        var text = "Pigeon Pose\n\nInstructions\n- Lie on your back.\n- Hold for 30 seconds, then switch sides.\n- Rel\u00E2che slowly.\n";
        var result = ArticleImporter.ImportFile(Write("latin1.txt", Encoding.Latin1.GetBytes(text)));

        result.Warnings.ShouldHaveSingleItem().ShouldContain("not valid UTF-8");
        result.Drafts.Single().Exercise.Steps[2].ShouldBe("Rel\u00E2che slowly.");
    }

    [Fact]
    public void An_article_without_an_exercise_says_so() =>
        Should.Throw<ImportException>(() => ArticleImporter.Import(ArticleText.FromString(
            "Town Council Meets on Tuesday\n\nThe council discussed the new library budget. Residents asked about parking near the station.\n"), "news.txt"))
            .Message.ShouldStartWith("no exercise found");

    [Fact]
    public void Scripts_event_handlers_and_markup_never_reach_a_field()
    {
        const string page = """
            <html><head><script>var x = "<h1>Hacked</h1>";</script><style>h1{color:red}</style></head>
            <body onload="steal()"><article>
            <h1>Hip <em>Flexor</em> Stretch<script>alert('t')</script></h1>
            <h2>Steps</h2>
            <ol><li onclick="alert(1)">Kneel on your right knee.<img src=x onerror="alert(2)"></li>
            <li>Hold for 30 seconds &lt;script&gt;alert(3)&lt;/script&gt; then switch sides.</li></ol>
            <noscript>Enable JavaScript</noscript>
            </article></body></html>
            """;

        var e = ArticleImporter.Import(ArticleText.FromString(page), "page.html").Drafts.Single().Exercise;

        e.Name.ShouldBe("Hip Flexor Stretch");
        e.Steps.ShouldBe(["Kneel on your right knee.", "Hold for 30 seconds alert(3) then switch sides."]);
        var json = Limber.Content.Export.ExerciseJson.ToNode(e).ToJsonString();
        foreach (var banned in new[] { "<", ">", "script", "onclick", "onerror", "Hacked", "steal", "JavaScript" })
        {
            json.ShouldNotContain(banned, Case.Insensitive);
        }
    }
}
