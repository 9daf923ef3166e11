using System.Text.RegularExpressions;

namespace Limber.Content.Import;

/// <summary>
/// Drops page furniture that survives the page's markup, or that plain text keeps: copyright and terms lines,
/// comment and share prompts, image credits, menu rows, "top of page". Everything after an end-of-article
/// marker (copyright, "Load Comments", a references list) goes too.
/// </summary>
internal static partial class ChromeFilter
{
    public static List<Block> Apply(List<Block> blocks)
    {
        var kept = new List<Block>(blocks.Count);
        foreach (var block in blocks)
        {
            if (EndMark().IsMatch(block.Text) || EndHeading().IsMatch(block.Text))
            {
                break;
            }

            if (!IsChrome(block))
            {
                kept.Add(block);
            }
        }

        return kept;
    }

    public static bool IsChrome(Block block) =>
        Furniture().IsMatch(block.Text)
        || FurnitureLine().IsMatch(block.Text)
        || (block.Kind == BlockKind.Heading && MenuRow().IsMatch(block.Text))
        || MenuWord().IsMatch(block.Text);

    // Marks found anywhere in a block, and lines that start a certain way: anchored at the start, the latter are
    // tried at one position only, instead of at every position of a long paragraph.
    [GeneratedRegex(@"©|\(c\)\s*\d{4}|\bcopyright\s+(?:©\s*)?\d{4}|\ball rights reserved|\bload (?:more )?comments", RegexOptions.IgnoreCase)]
    private static partial Regex EndMark();

    [GeneratedRegex(@"^(?:references?\s*(?:&|and)\s*resources$|related (?:articles|posts|stories)$|you (?:may|might) also like|more from\b|about the author$|leave a (?:comment|reply)$)", RegexOptions.IgnoreCase)]
    private static partial Regex EndHeading();

    [GeneratedRegex(@"\bcredit:|\bphoto(?:graph)? by\b|\bimage (?:credit|source)\b|getty images|istock|shutterstock|\bterms of (?:use|service)\b|\bprivacy policy\b|\bnewsletter\b", RegexOptions.IgnoreCase)]
    private static partial Regex Furniture();

    [GeneratedRegex(@"^(?:top of page$|back to top$|advertisement$|sponsored(?: content)?$|share (?:this|on)\b|(?:sign up|subscribe)\b|(?:print|email|pin it|tweet)$|skip to (?:main )?content$|(?:click|tap) here\b|read more$|watch the video$)", RegexOptions.IgnoreCase)]
    private static partial Regex FurnitureLine();

    /// <summary>A breadcrumb or menu row: "Home Main Variation Flexibility &amp; Mobility", "Home / Stretches / Hips".</summary>
    [GeneratedRegex(@"^home\b(?:\s*[/>»|›]\s*|\s+)[A-Z&]", RegexOptions.IgnoreCase)]
    private static partial Regex MenuRow();

    [GeneratedRegex(@"^(?:home|menu|search|log ?in|sign in|log ?out|next|previous|prev|share|comments?|video tutorial|close|open menu|facebook|twitter|x|pinterest|instagram|whatsapp|linkedin|email|print)$", RegexOptions.IgnoreCase)]
    private static partial Regex MenuWord();
}
