using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Limber.Content.Import;

/// <summary>
/// An HTML page into the same blocks as plain text, through AngleSharp. Only the article is read: scripts,
/// styles, navigation, footers, forms, hidden elements and anything classed as a menu, advert, share bar or
/// comment thread are dropped before any text is taken.
/// </summary>
internal static partial class HtmlBlocks
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    private static readonly HashSet<string> Dropped =
    [
        "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "iframe", "svg", "button",
        "select", "input", "textarea", "figcaption", "object", "embed", "video", "audio", "canvas", "head", "img",
    ];

    private static readonly HashSet<string> BlockTags =
    [
        "p", "div", "section", "article", "main", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table",
        "tbody", "thead", "tr", "td", "th", "dl", "dt", "dd", "blockquote", "details", "summary", "header", "figure", "br",
    ];

    public static (List<Block> Blocks, string? Url) Read(string html)
    {
        var document = Parser.ParseDocument(html);
        var url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")
            ?? document.QuerySelector("meta[property='og:url']")?.GetAttribute("content");
        var root = (IElement?)document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body ?? document.DocumentElement;
        var reader = new Reader();
        if (root.QuerySelector("h1") is null)
        {
            var title = document.QuerySelector("h1")?.TextContent ?? TitleOf(document.Title);
            if (!string.IsNullOrWhiteSpace(title))
            {
                reader.Add(BlockKind.Heading, title);
            }
        }

        reader.Walk(root);
        return (reader.Blocks, url is not null && Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" ? url : null);
    }

    /// <summary>A page title without the site's name after it ("Pigeon Pose | Yoga Site").</summary>
    private static string? TitleOf(string? title) => title?.Split(" | ")[0].Split(" - ")[0];

    private static bool IsDropped(IElement element)
    {
        if (Dropped.Contains(element.LocalName) || element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true")
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is not null && style.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (element.GetAttribute("role") is "navigation" or "banner" or "contentinfo" or "complementary" or "dialog")
        {
            return true;
        }

        var names = $"{element.GetAttribute("class")} {element.Id}";
        return names.Length > 1 && Furniture().IsMatch(names);
    }

    [GeneratedRegex(@"^\d{1,2}[.)]?\s+(?=[A-Z])")]
    private static partial Regex NumberedStep();

    [GeneratedRegex(@"(?:^|[\s_-])(?:nav|navbar|menu|footer|sidebar|comments?|advert\w*|ads?|adslot|share|sharing|social|cookies?|consent|breadcrumbs?|related|newsletter|promo|subscribe|popup|modal|byline|author-bio)(?:$|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex Furniture();

    private sealed class Reader
    {
        private int list;

        public List<Block> Blocks { get; } = [];

        public void Add(BlockKind kind, string text, int inList = 0)
        {
            var line = Clean.Line(text);
            if (kind == BlockKind.Paragraph && NumberedStep().Match(line) is { Success: true } number)
            {
                // Steps laid out as numbered boxes (<div class="step"><span>1</span> Start on ...</div>) are items.
                kind = BlockKind.Item;
                line = line[number.Length..];
                inList = Blocks.Count > 0 && Blocks[^1].Kind == BlockKind.Item ? Blocks[^1].List : ++list;
            }

            if (line.Length > 0)
            {
                Blocks.Add(new Block(kind == BlockKind.Heading && line.EndsWith('?') ? BlockKind.Question : kind, kind == BlockKind.Heading ? line.TrimEnd(':') : line, inList));
            }
        }

        public void Walk(INode parent)
        {
            var inline = new StringBuilder();
            foreach (var node in parent.ChildNodes)
            {
                if (node is IText text)
                {
                    inline.Append(text.Data);
                    continue;
                }

                if (node is not IElement element || IsDropped(element))
                {
                    continue;
                }

                if (!BlockTags.Contains(element.LocalName))
                {
                    inline.Append(' ').Append(TextOf(element)).Append(' ');
                    continue;
                }

                FlushInline(inline);
                Element(element);
            }

            FlushInline(inline);
        }

        private void FlushInline(StringBuilder inline)
        {
            if (inline.Length > 0)
            {
                Add(BlockKind.Paragraph, inline.ToString());
                inline.Clear();
            }
        }

        private void Element(IElement element)
        {
            switch (element.LocalName)
            {
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "dt" or "th" or "summary":
                    Add(BlockKind.Heading, TextOf(element));
                    break;
                case "ul" or "ol":
                    list++;
                    var number = list;
                    foreach (var item in element.Children.Where(c => c.LocalName == "li" && !IsDropped(c)))
                    {
                        Item(item, number);
                    }

                    break;
                case "li":
                    list++;
                    Item(element, list);
                    break;
                case "p" when IsEmphasisOnly(element):
                    Add(BlockKind.Heading, TextOf(element));
                    break;
                case "br":
                    break;
                default:
                    Walk(element);
                    break;
            }
        }

        /// <summary>An item's own text; a list nested in it becomes items of its own.</summary>
        private void Item(IElement item, int number)
        {
            var own = new StringBuilder();
            var nested = new List<IElement>();
            foreach (var node in item.ChildNodes)
            {
                switch (node)
                {
                    case IText text:
                        own.Append(text.Data);
                        break;
                    case IElement { LocalName: "ul" or "ol" } sub:
                        nested.Add(sub);
                        break;
                    case IElement child when !IsDropped(child):
                        own.Append(' ').Append(TextOf(child)).Append(' ');
                        break;
                }
            }

            Add(BlockKind.Item, own.ToString(), number);
            foreach (var sub in nested)
            {
                Element(sub);
            }
        }

        /// <summary>A paragraph that is all bold or strong text, as many pages write their section headings.</summary>
        private static bool IsEmphasisOnly(IElement paragraph) =>
            paragraph.Children.Length == 1
            && paragraph.Children[0].LocalName is "strong" or "b"
            && string.IsNullOrWhiteSpace(paragraph.TextContent.Replace(paragraph.Children[0].TextContent, "", StringComparison.Ordinal))
            && Clean.Words(paragraph.TextContent) <= 12;
    }

    /// <summary>The visible text of an element, skipping dropped descendants and keeping words apart at line breaks.</summary>
    private static string TextOf(IElement element)
    {
        var builder = new StringBuilder();
        Append(element, builder);
        return builder.ToString();

        static void Append(INode node, StringBuilder builder)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText text)
                {
                    builder.Append(text.Data);
                }
                else if (child is IElement element && !IsDropped(element))
                {
                    if (element.LocalName == "br")
                    {
                        builder.Append(' ');
                    }

                    Append(element, builder);
                }
            }
        }
    }
}
