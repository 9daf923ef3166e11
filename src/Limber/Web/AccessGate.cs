using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Limber.Cli.Web;

/// <summary>
/// The access token, when one is configured: the API takes it as a bearer token (or the sign-in cookie), pages
/// take the cookie set by <c>/login</c>. Without a token the app only ever listens on loopback, and the gate is open.
/// </summary>
internal sealed class AccessGate(string? token)
{
    public const string CookieName = "limber_access";

    /// <summary>The cookie proves the token without holding it: a keyed hash only the token can make.</summary>
    private readonly byte[]? proof = token is null ? null : HMACSHA256.HashData(Encoding.UTF8.GetBytes(token), "limber sign-in"u8);

    public bool IsOpen => token is null;

    public bool Accepts(string? offered) =>
        token is not null && offered is not null
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(offered)), SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public void SignIn(HttpContext http) =>
        http.Response.Cookies.Append(CookieName, Convert.ToHexString(proof!), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            Path = "/",
            MaxAge = TimeSpan.FromDays(30),
        });

    public async Task Guard(HttpContext http, RequestDelegate next)
    {
        if (IsOpen || IsPublic(http.Request.Path) || HasCookie(http) || HasBearer(http))
        {
            await next(http);
            return;
        }

        if (IsApi(http.Request.Path))
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await Results.Problem(title: "Sign in first", detail: "Send the access token as 'Authorization: Bearer TOKEN'.", statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(http);
            return;
        }

        http.Response.Redirect($"/login?returnUrl={Uri.EscapeDataString(http.Request.Path + http.Request.QueryString)}");
    }

    /// <summary>A path on this site to return to after signing in; anything else (another host, //evil) goes home.</summary>
    public static string LocalPath(string? url) =>
        url is { Length: > 0 } u && u[0] == '/' && (u.Length == 1 || (u[1] != '/' && u[1] != '\\')) ? u : "/";

    private static bool IsPublic(PathString path) =>
        path.StartsWithSegments("/login") || path.StartsWithSegments("/static") || path.StartsWithSegments("/healthz") || path == "/sw.js";

    private static bool IsApi(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi");

    private bool HasCookie(HttpContext http) =>
        http.Request.Cookies.TryGetValue(CookieName, out var value) && value is not null
        && value.Length == proof!.Length * 2 && CryptographicOperations.FixedTimeEquals(Convert.FromHexString(value), proof);

    private bool HasBearer(HttpContext http) =>
        http.Request.Headers.Authorization.ToString() is { } header && header.StartsWith("Bearer ", StringComparison.Ordinal) && Accepts(header["Bearer ".Length..].Trim());
}
