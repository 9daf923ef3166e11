using System.Text;

namespace Limber.Content.Import;

/// <summary>
/// An article's bytes as text: UTF-8 (Latin-1 when the bytes are not UTF-8, with a warning), with the checks
/// that turn an empty, binary or oversized file into a clear message instead of a slow or strange import.
/// </summary>
public sealed record ArticleText(string Text, bool IsHtml, IReadOnlyList<string> Warnings)
{
    /// <summary>Real articles are a few kilobytes; 5 MB leaves room for saved pages full of markup.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ArticleText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            throw TooLarge(bytes.Length);
        }

        if (bytes.StartsWith("%PDF"u8))
        {
            throw new ImportException("the file is a PDF; save the article as text or HTML first");
        }

        if (LooksBinary(bytes))
        {
            throw new ImportException("the file is not text (it holds binary data); give a plain-text or HTML article");
        }

        var warnings = new List<string>();
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            text = Encoding.Latin1.GetString(bytes);
            warnings.Add($"the file is not valid UTF-8 (byte {e.Index} onward); read it as Latin-1, so check accented letters");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ImportException("the file is empty");
        }

        return new(text, IsMarkup(text), warnings);
    }

    /// <summary>The one message for an oversized article, whether its length comes from the file system or its bytes.</summary>
    internal static ImportException TooLarge(long bytes) =>
        new($"the file is {bytes / (1024.0 * 1024.0):0.0} MB; an article should be under {MaxBytes / (1024 * 1024)} MB (save just the article page as text or HTML)");

    public static ArticleText FromString(string text) =>
        string.IsNullOrWhiteSpace(text) ? throw new ImportException("the article is empty") : new(text, IsMarkup(text), []);

    /// <summary>NUL bytes, or more than 1 in 100 control characters, in the first 64 KB.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 64 * 1024)];
        if (head.Contains((byte)0))
        {
            return true;
        }

        var control = 0;
        foreach (var b in head)
        {
            if (b < 0x09 || b is > 0x0D and < 0x20 || b == 0x7F)
            {
                control++;
            }
        }

        return control * 100 > head.Length;
    }

    /// <summary>HTML when a common block tag appears near the start; a plain article never has one.</summary>
    private static bool IsMarkup(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 8192));
        foreach (var tag in (ReadOnlySpan<string>)["<html", "<body", "<!doctype", "<p>", "<p ", "<div", "<h1", "<h2", "<ul", "<ol", "<li", "<article", "<script", "<br", "<head"])
        {
            if (head.Contains(tag, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
