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
            if (EndOfArticle().IsMatch(block.Text))
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
        || (block.Kind == BlockKind.Heading && MenuRow().IsMatch(block.Text))
        || (Clean.Words(block.Text) <= 3 && MenuWord().IsMatch(block.Text));

    [GeneratedRegex(@"(?:^|\W)(?:©|\(c\)\s*\d{4}|copyright\s+(?:©\s*)?\d{4}|all rights reserved|load (?:more )?comments|^references?\s*(?:&|and)\s*resources$|^related (?:articles|posts|stories)$|^you (?:may|might) also like|^more from\b|^about the author$|^leave a (?:comment|reply)$)", RegexOptions.IgnoreCase)]
    private static partial Regex EndOfArticle();

    [GeneratedRegex(@"(?:^top of page$|^back to top$|^advertisement$|^sponsored(?: content)?$|\bcredit:|\bphoto(?:graph)? by\b|\bimage (?:credit|source)\b|getty images|istock|shutterstock|\bterms of (?:use|service)\b|\bprivacy policy\b|^share (?:this|on)\b|^(?:sign up|subscribe)\b|\bnewsletter\b|^(?:print|email|pin it|tweet)$|^skip to (?:main )?content$|^(?:click|tap) here\b|^read more$|^watch the video$)", RegexOptions.IgnoreCase)]
    private static partial Regex Furniture();

    /// <summary>A breadcrumb or menu row: "Home Main Variation Flexibility &amp; Mobility", "Home / Stretches / Hips".</summary>
    [GeneratedRegex(@"^home\b(?:\s*[/>»|›]\s*|\s+)[A-Z&]", RegexOptions.IgnoreCase)]
    private static partial Regex MenuRow();

    [GeneratedRegex(@"^(?:home|menu|search|log ?in|sign in|log ?out|next|previous|prev|share|comments?|video tutorial|close|open menu|facebook|twitter|x|pinterest|instagram|whatsapp|linkedin|email|print)$", RegexOptions.IgnoreCase)]
    private static partial Regex MenuWord();
}
