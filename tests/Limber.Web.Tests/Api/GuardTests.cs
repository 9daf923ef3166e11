using System.Net;
using System.Text.RegularExpressions;
using Limber.Progress;
using Microsoft.AspNetCore.TestHost;

namespace Limber.Web.Tests.Api;

/// <summary>The server's guards: the access token, headers, antiforgery, rate limiting (loopback by default: ServeCommandTests).</summary>
public sealed partial class GuardTests
{
    private const string Token = "a-long-enough-test-token";

    [Fact]
    public async Task Every_answer_carries_a_strict_content_security_policy()
    {
        await using var app = await WebApp.InMemoryAsync();
        foreach (var path in new[] { "/", "/api/exercises", "/exercises/hip-crossover-stretch", "/player/1", "/api/docs/index.html" })
        {
            var response = await app.Client().GetAsync(path);
            var policy = response.Headers.GetValues("Content-Security-Policy").Single();
            policy.ShouldContain("script-src 'self'");
            // Only the API browser's styles may be inline (Swagger UI draws with them); scripts never are.
            policy.ShouldContain(path.StartsWith("/api/docs", StringComparison.Ordinal) ? "style-src 'self' 'unsafe-inline'" : "style-src 'self';");
            policy.ShouldNotContain("script-src 'self' 'unsafe-inline'");
            policy.ShouldContain("frame-ancestors 'none'");
            response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        }
    }

    [Fact]
    public async Task Pages_have_no_inline_script_and_nothing_from_another_host()
    {
        await using var app = await WebApp.InMemoryAsync();
        foreach (var path in new[] { "/", "/exercises/hip-crossover-stretch", "/plan?goal=hips&minutes=10", "/progress", "/settings" })
        {
            var html = await app.Client().GetStringAsync(path);
            ScriptWithBody().IsMatch(html).ShouldBeFalse(path);
            html.ShouldNotContain(" style=", Case.Insensitive, path);
            html.ShouldNotContain(" onclick", Case.Insensitive, path);
            Remote().IsMatch(html).ShouldBeFalse(path);
        }
    }

    [Fact]
    public async Task With_a_token_the_api_wants_it_as_a_bearer()
    {
        await using var app = await WebApp.InMemoryAsync(Token);
        var client = app.Client();
        await Json.ProblemAsync(await client.GetAsync("/api/exercises"), 401);
        (await client.GetAsync("/healthz")).StatusCode.ShouldBe(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new("Bearer", "wrong-token-wrong-token");
        await Json.ProblemAsync(await client.GetAsync("/api/exercises"), 401);
        client.DefaultRequestHeaders.Authorization = new("Bearer", Token);
        (await client.GetAsync("/api/exercises")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task With_a_token_pages_ask_to_sign_in_and_the_cookie_opens_them()
    {
        await using var app = await WebApp.InMemoryAsync(Token);
        var client = app.App.GetTestServer().CreateClient();
        var first = await client.GetAsync("/progress");
        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        first.Headers.Location!.ToString().ShouldBe("/login?returnUrl=%2Fprogress");

        var (cookies, field) = await FormAsync(client, "/login");
        var wrong = await PostFormAsync(client, "/login", cookies, new() { ["_form"] = field, ["token"] = "nope", ["returnUrl"] = "/progress" });
        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var right = await PostFormAsync(client, "/login", cookies, new() { ["_form"] = field, ["token"] = Token, ["returnUrl"] = "//evil.example/" });
        right.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        right.Headers.Location!.ToString().ShouldBe("/"); // never off the site
        var access = right.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("limber_access=", StringComparison.Ordinal));
        access.ShouldContain("httponly", Case.Insensitive);
        access.ShouldContain("samesite=strict", Case.Insensitive);
        access.ShouldNotContain(Token);

        using var page = new HttpRequestMessage(HttpMethod.Get, "/progress");
        page.Headers.Add("Cookie", access.Split(';')[0]);
        (await client.SendAsync(page)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Guessing_the_token_is_rate_limited()
    {
        await using var app = await WebApp.InMemoryAsync(Token);
        var client = app.App.GetTestServer().CreateClient();
        var (cookies, field) = await FormAsync(client, "/login");
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            codes.Add((await PostFormAsync(client, "/login", cookies, new() { ["_form"] = field, ["token"] = $"guess-{i}" })).StatusCode);
        }

        codes.Take(5).ShouldAllBe(c => c == HttpStatusCode.Unauthorized);
        codes.Skip(5).ShouldAllBe(c => c == HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task A_form_without_its_antiforgery_field_changes_nothing()
    {
        await using var app = await WebApp.InMemoryAsync();
        var client = app.App.GetTestServer().CreateClient();
        var refused = await PostFormAsync(client, "/settings", "", new() { ["pace"] = "4" });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.Store.SettingsAsync()).ShouldBe(UserSettings.Default);

        var (cookies, field) = await FormAsync(client, "/settings");
        var saved = await PostFormAsync(client, "/settings", cookies, new() { ["_form"] = field, ["pace"] = "4", ["level"] = "beginner", ["tighter"] = "right" });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.Store.SettingsAsync()).ShouldBe(new UserSettings(4, Limber.Exercises.Level.Beginner, Limber.Sessions.Side.Right));
    }

    /// <summary>A form page's antiforgery cookie and field value.</summary>
    internal static async Task<(string Cookies, string Field)> FormAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var cookies = string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var field = FormField().Match(await response.Content.ReadAsStringAsync()).Groups[1].Value;
        field.ShouldNotBeEmpty();
        return (cookies, field);
    }

    internal static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string cookies, Dictionary<string, string> fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
        if (cookies.Length > 0)
        {
            request.Headers.Add("Cookie", cookies);
        }

        return await client.SendAsync(request);
    }

    [GeneratedRegex("name=\"_form\" value=\"([^\"]+)\"")]
    private static partial Regex FormField();

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)(?![^>]*type=""application/ld\+json"")[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptWithBody();

    [GeneratedRegex(@"(?:src|href)=""(?:https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex Remote();
}
