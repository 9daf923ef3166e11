using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;

namespace Limber.Cli.Web.Pages;

/// <summary>
/// HTML that is safe to write as it is. It is only made by <see cref="Html"/>, whose holes encode every value that
/// is not itself markup: a name, a step or a note typed by a user can never become a tag or a script.
/// </summary>
internal readonly record struct Markup(string Value)
{
    public static Markup Empty { get; } = new("");

    public override string ToString() => Value;
}

internal static class Html
{
    /// <summary><c>Html.Of($"&lt;li&gt;{text}&lt;/li&gt;")</c>: literal parts as written, values encoded.</summary>
    public static Markup Of(ref MarkupHandler html) => html.ToMarkup();

    public static Markup Join(IEnumerable<Markup> parts) => new(string.Concat(parts.Select(p => p.Value)));

    public static Markup When(bool condition, Markup markup) => condition ? markup : Markup.Empty;
}

[InterpolatedStringHandler]
internal ref struct MarkupHandler
{
    private readonly StringBuilder builder;

    public MarkupHandler(int literalLength, int formattedCount) => builder = new StringBuilder(literalLength + (formattedCount * 16));

    public readonly void AppendLiteral(string literal) => builder.Append(literal);

    public readonly void AppendFormatted(Markup markup) => builder.Append(markup.Value);

    public readonly void AppendFormatted(IEnumerable<Markup> markups)
    {
        foreach (var markup in markups)
        {
            builder.Append(markup.Value);
        }
    }

    public readonly void AppendFormatted<T>(T value) =>
        builder.Append(HtmlEncoder.Default.Encode(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? ""));

    public readonly Markup ToMarkup() => new(builder.ToString());
}
