namespace Limber.Content.Import;

/// <summary>
/// One piece of an article after segmentation: a heading, a paragraph, a list item or a question line.
/// <see cref="List"/> numbers the list an item belongs to (0 outside lists), so a restarted list can be told apart.
/// </summary>
internal sealed record Block(BlockKind Kind, string Text, int List = 0)
{
    public override string ToString() => $"{Kind}: {Text}";
}

internal enum BlockKind
{
    Heading,
    Paragraph,
    Item,
    Question,
}
