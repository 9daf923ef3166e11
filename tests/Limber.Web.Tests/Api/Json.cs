using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Limber.Web.Tests.Api;

internal static class Json
{
    public static async Task<JsonNode> ReadAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, object body) => client.PostAsJsonAsync(url, body);

    public static Task<HttpResponseMessage> PostRawAsync(HttpClient client, string url, string json) =>
        client.PostAsync(url, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

    /// <summary>An RFC 7807 answer: the problem media type, the status repeated in the body, and a title.</summary>
    public static async Task<JsonNode> ProblemAsync(HttpResponseMessage response, int status)
    {
        ((int)response.StatusCode).ShouldBe(status);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var body = await ReadAsync(response);
        ((int)body["status"]!).ShouldBe(status);
        ((string?)body["title"]).ShouldNotBeNullOrWhiteSpace();
        body.ToJsonString().ShouldNotContain("   at ");
        return body;
    }
}
