using PdfSharp.Fonts;

namespace Limber.Cli.Handouts;

/// <summary>The handout's one typeface, DejaVu Sans Condensed (regular and bold), read from the app itself.</summary>
internal sealed class HandoutFonts : IFontResolver
{
    public const string Family = "DejaVu Sans Condensed";

    private static readonly Lock Gate = new();

    /// <summary>PDFsharp keeps one resolver for the process; it is set once, before the first handout.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not HandoutFonts)
            {
                GlobalFontSettings.FontResolver = new HandoutFonts();
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "DejaVuSansCondensed-Bold" : "DejaVuSansCondensed");

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(HandoutFonts).Assembly.GetManifestResourceStream($"Limber.Fonts.{faceName}.ttf")
            ?? throw new InvalidOperationException($"the font {faceName} is not in the app");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
