namespace Limber.Exercises;

/// <summary>Where the facts of a record come from: the article's title and, for the seeds, its file name.</summary>
public sealed record SourceReference(string Title, string? Url = null, string? License = null, string? File = null)
{
    /// <summary>The address when it is an http or https one: the only kind written as a link (never <c>javascript:</c>).</summary>
    public string? WebUrl => Uri.TryCreate(Url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? Url : null;
}
