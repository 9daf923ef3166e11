using Limber.Cli.Sessions;
using Limber.Exercises;
using Limber.Planning;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Limber.Cli.Handouts;

/// <summary>
/// A handout as a PDF: the plan's title and total time, the coach's note, a box to tick per day of the week, then
/// per exercise its name, dose in plain words, numbered steps, key mistakes and stop signs, and Limber's own stop
/// signs at the end. Words wrap to the column; an exercise that would not fit starts on a new page.
/// </summary>
internal sealed class HandoutPdf : IDisposable
{
    private const double Margin = 42;
    private static readonly string[] Week = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    private readonly PdfDocument document = new();
    private readonly PageSize size;
    private readonly XFont title;
    private readonly XFont heading;
    private readonly XFont body;
    private readonly XFont bold;
    private XGraphics page = null!;
    private double y;

    private HandoutPdf(PageSize size)
    {
        HandoutFonts.Install();
        this.size = size;
        title = new XFont(HandoutFonts.Family, 16, XFontStyleEx.Bold);
        heading = new XFont(HandoutFonts.Family, 11.5, XFontStyleEx.Bold);
        body = new XFont(HandoutFonts.Family, 9);
        bold = new XFont(HandoutFonts.Family, 9, XFontStyleEx.Bold);
    }

    private double Width => page.PageSize.Width - (2 * Margin);

    private double Bottom => page.PageSize.Height - Margin;

    public static byte[] Render(Handout handout, PageSize size)
    {
        using var pdf = new HandoutPdf(size);
        pdf.Write(handout);
        using var output = new MemoryStream();
        pdf.document.Save(output);
        return output.ToArray();
    }

    public void Dispose()
    {
        page?.Dispose();
        document.Dispose();
    }

    private void Write(Handout handout)
    {
        document.Info.Title = $"Limber: {handout.Title}";
        document.Info.Creator = "Limber";
        NewPage();
        Line($"Limber: {handout.Title}", title, 20);
        Line($"{handout.Entries.Count} exercise{(handout.Entries.Count == 1 ? "" : "s")}, about {Clock.Format(handout.TotalSeconds)} in all", body, 13);
        if (handout.CoachNote is { } note)
        {
            y += 4;
            Wrapped($"Coach's note: {note}", bold, 0);
        }

        Days();
        foreach (var (entry, i) in handout.Entries.Select((e, i) => (e, i)))
        {
            Exercise(entry, i + 1);
        }

        y += 6;
        Line("Stop signs for every exercise", heading, 15);
        foreach (var sign in StopSigns.General)
        {
            Bullet("!", sign);
        }
    }

    private void Days()
    {
        y += 8;
        page.DrawString("Done this week:", bold, XBrushes.Black, Margin, y, XStringFormats.TopLeft);
        var x = Margin + 80;
        foreach (var day in Week)
        {
            page.DrawRectangle(XPens.Black, x, y, 10, 10);
            page.DrawString(day, body, XBrushes.Black, x + 14, y, XStringFormats.TopLeft);
            x += 52;
        }

        y += 20;
    }

    private void Exercise(Handout.Entry entry, int number)
    {
        // Keep an exercise's name with its dose and first steps: start a new page when fewer than ~8 lines are left.
        if (y + 100 > Bottom)
        {
            NewPage();
        }

        y += 8;
        Line($"{number}. {entry.Exercise.Name}", heading, 15);
        Wrapped($"{entry.Dose} · about {Clock.Format(entry.Seconds)}", bold, 0);
        foreach (var (step, i) in entry.Exercise.Steps.Select((s, i) => (s, i)))
        {
            Bullet($"{i + 1}.", step);
        }

        if (entry.Mistakes.Count > 0)
        {
            Line("Avoid", bold, 12);
            foreach (var mistake in entry.Mistakes)
            {
                Bullet("–", mistake);
            }
        }

        if (entry.StopSigns.Count > 0)
        {
            Line("Stop if", bold, 12);
            foreach (var sign in entry.StopSigns)
            {
                Bullet("!", sign);
            }
        }
    }

    private void Bullet(string marker, string text)
    {
        Room(11);
        page.DrawString(marker, body, XBrushes.Black, Margin + 4, y, XStringFormats.TopLeft);
        Wrapped(text, body, 20);
    }

    private void Line(string text, XFont font, double height)
    {
        Room(height);
        page.DrawString(text, font, XBrushes.Black, Margin, y, XStringFormats.TopLeft);
        y += height;
    }

    /// <summary>Words laid out to the column's width, <paramref name="indent"/> points in, onto new pages as needed.</summary>
    private void Wrapped(string text, XFont font, double indent)
    {
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var longer = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && page.MeasureString(longer, font).Width > Width - indent)
            {
                Room(11);
                page.DrawString(line, font, XBrushes.Black, Margin + indent, y, XStringFormats.TopLeft);
                y += 11;
                line = word;
            }
            else
            {
                line = longer;
            }
        }

        Room(11);
        page.DrawString(line, font, XBrushes.Black, Margin + indent, y, XStringFormats.TopLeft);
        y += 11.5;
    }

    private void Room(double height)
    {
        if (y + height > Bottom)
        {
            NewPage();
        }
    }

    private void NewPage()
    {
        page?.Dispose();
        var next = document.AddPage();
        next.Size = size;
        page = XGraphics.FromPdfPage(next);
        y = Margin;
    }
}
