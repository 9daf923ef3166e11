using System.Net;

namespace Limber.Cli.Web;

/// <summary>Whether listen addresses stay on this machine: only then may the app run without an access token.</summary>
internal static class Loopback
{
    /// <summary>The first address that is not loopback (a wildcard such as <c>0.0.0.0</c>, <c>*</c> or <c>+</c> is not), or null.</summary>
    public static string? FirstExposed(string urls) =>
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault(url => !IsLoopback(url));

    private static bool IsLoopback(string url)
    {
        // Kestrel accepts wildcards that Uri cannot parse ("http://*:5000", "http://+:5000"): they bind every interface.
        if (!Uri.TryCreate(url.Replace("://*", "://wildcard", StringComparison.Ordinal).Replace("://+", "://wildcard", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }
}
