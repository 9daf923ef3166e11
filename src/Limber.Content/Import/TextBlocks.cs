using System.Text.RegularExpressions;

namespace Limber.Content.Import;

/// <summary>
/// Plain text (an article saved from a browser) into blocks. Lines with a bullet or a number are list items;
/// short lines without closing punctuation are headings; a line ending in '?' is a question; other lines are
/// paragraphs, with wrapped lines joined back.
/// </summary>
internal static partial class TextBlocks
{
    public static List<Block> Read(string text)
    {
        var blocks = new List<Block>();
        var list = 0;
        var lastNumber = 0;
        string? paragraph = null;
        var blankBefore = true;

        void Flush()
        {
            if (paragraph is not null)
            {
                blocks.Add(new Block(BlockKind.Paragraph, paragraph));
                paragraph = null;
            }
        }

        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = Clean.Line(raw.ToString());
            if (line.Length == 0)
            {
                Flush();
                blankBefore = true;
                continue;
            }

            var indented = raw.Length > 0 && char.IsWhiteSpace(raw[0]);
            if (Heading().Match(line) is { Success: true } hashes)
            {
                Flush();
                blocks.Add(new Block(BlockKind.Heading, hashes.Groups[1].Value.Trim('*', ' ')));
            }
            else if (Marker().Match(line) is { Success: true } marker && marker.Length < line.Length)
            {
                Flush();
                var number = int.TryParse(marker.Groups["n"].ValueSpan, out var n) ? n : 0;
                var previous = blocks.Count > 0 ? blocks[^1] : null;
                // A new list starts after anything that is not an item, or when the numbering starts again at 1.
                if (previous is not { Kind: BlockKind.Item } || (number == 1 && lastNumber >= 1))
                {
                    list++;
                }

                lastNumber = number;
                blocks.Add(new Block(BlockKind.Item, line[marker.Length..].Trim(), list));
            }
            else if (QuestionMark().Match(line) is { Success: true } q)
            {
                Flush();
                blocks.Add(new Block(BlockKind.Question, q.Groups[1].Value));
            }
            else if (AnswerMark().Match(line) is { Success: true } a)
            {
                Flush();
                paragraph = a.Groups[1].Value;
            }
            else if (indented && paragraph is null && blocks.Count > 0 && blocks[^1].Kind == BlockKind.Item && !blankBefore)
            {
                blocks[^1] = blocks[^1] with { Text = blocks[^1].Text + " " + line };
            }
            else if (paragraph is not null && Continues(paragraph, line))
            {
                paragraph += " " + line;
            }
            else if (line.EndsWith('?') && Clean.Words(line) <= 30)
            {
                Flush();
                blocks.Add(new Block(BlockKind.Question, line));
            }
            else if (LooksLikeHeading(line))
            {
                Flush();
                blocks.Add(new Block(BlockKind.Heading, line.TrimEnd(':').Trim()));
            }
            else
            {
                Flush();
                paragraph = line;
            }

            blankBefore = false;
        }

        Flush();
        return NumberedHeadings(blocks);
    }

    /// <summary>
    /// "2. Butterfly Stretch" between paragraphs is a numbered sub-heading, not a one-item list: short, without
    /// closing punctuation, after something that is not an item and before a paragraph.
    /// </summary>
    private static List<Block> NumberedHeadings(List<Block> blocks)
    {
        for (var i = 1; i < blocks.Count - 1; i++)
        {
            if (blocks[i].Kind == BlockKind.Item && blocks[i - 1].Kind != BlockKind.Item && blocks[i + 1].Kind == BlockKind.Paragraph
                && LooksLikeHeading(blocks[i].Text) && !blocks[i].Text.EndsWith(':'))
            {
                blocks[i] = new Block(BlockKind.Heading, blocks[i].Text);
            }
        }

        return blocks;
    }

    /// <summary>A wrapped line carries on its paragraph when the paragraph has not ended a sentence or the line starts in lower case.</summary>
    private static bool Continues(string paragraph, string line) =>
        char.IsLower(line[0]) || !(paragraph.EndsWith('.') || paragraph.EndsWith('!') || paragraph.EndsWith('?') || paragraph.EndsWith(':') || paragraph.EndsWith('"') || paragraph.EndsWith(')'));

    /// <summary>Short, capitalised, without closing punctuation ("Start Position", "Tips &amp; Tricks", "How to do it:").</summary>
    internal static bool LooksLikeHeading(string line)
    {
        if (line.Length > 90 || !(char.IsUpper(line[0]) || char.IsDigit(line[0])) || Clean.Words(line) > 12)
        {
            return false;
        }

        if (line.EndsWith(':'))
        {
            return true;
        }

        return line[^1] is not ('.' or ',' or ';' or '!' or '"' or '\'');
    }

    [GeneratedRegex(@"^#{1,6}\s+(.+)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?:[-•*–·‣▪●◦]|(?<n>\d{1,2})[.)]|\((?<n>\d{1,2})\)|\((?:i{1,3}|iv|v|vi{1,3}|ix|x)\)|(?:i{1,3}|iv|vi{0,3}|ix)[.)]|[a-h]\)|step\s*(?<n>\d{1,2})\s*[:.)–-]?)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Marker();

    [GeneratedRegex(@"^(?:Q|Question)\s*[:.]\s*(.+)$")]
    private static partial Regex QuestionMark();

    [GeneratedRegex(@"^(?:A|Answer)\s*[:.]\s*(.+)$")]
    private static partial Regex AnswerMark();
}
