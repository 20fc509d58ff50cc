using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using LeadershipModel.Serialization;
using LeadershipModel.Campaigns.Tests.ScoringApi.Infrastructure;

namespace LeadershipModel.Campaigns.Tests.ScoringApi.Robustness;

/// <summary>Issue 14: malformed requests get 400 or 415 problem details, never 500; batches stream the same result.</summary>
public sealed class MalformedRequestTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.Client;

    private Task<HttpResponseMessage> PostAsync(string path, byte[] body, string? contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        return _client.PostAsync(path, content, TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("/profiles", "text/plain")]
    [InlineData("/profiles", null)]
    [InlineData("/profiles/batch", "application/x-www-form-urlencoded")]
    [InlineData("/profiles/batch", "application/json; charset=utf-16")]
    [InlineData("/profiles/batch", "text/csv")]
    public async Task Post_WrongContentType_Is415ProblemDetails(string path, string? contentType)
    {
        var response = await PostAsync(path, Encoding.UTF8.GetBytes(ResponseSets.Json(ResponseSets.Canonical())), contentType);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        response.MediaType().Should().Be("application/problem+json");
        (await response.TextAsync()).Should().Contain("application/json");
    }

    [Theory]
    [InlineData("/profiles")]
    [InlineData("/profiles/batch")]
    public async Task Post_InvalidUtf8_Is400WithTheByteOffset(string path)
    {
        var json = path == "/profiles" ? ResponseSets.Json(ResponseSets.Canonical()) : ResponseSets.Json([ResponseSets.Canonical()]);
        var bytes = Encoding.UTF8.GetBytes(json);
        var at = json.IndexOf("r-001", StringComparison.Ordinal);
        bytes[at] = 0xFF;

        var response = await PostAsync(path, bytes, "application/json");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.MediaType().Should().Be("application/problem+json");
        var problem = await response.JsonAsync();
        problem["offset"]!.GetValue<int>().Should().Be(at);
        problem["detail"]!.GetValue<string>().Should().Contain($"offset {at} are not valid UTF-8");
    }

    [Fact]
    public async Task PostBatch_ManySets_StreamsTheSameResultAsTheBatchWriter()
    {
        var sets = Enumerable.Range(0, 150).Select(i => i % 7 == 3
            ? LeadershipModel.Responses.ResponseSet.Create("nope", "1", "bad-" + i, [])
            : ResponseSets.Canonical("r-" + i, seed: i)).ToList();
        var expected = JsonFormats.BatchScoringResult.Write(ReferenceEngine.Instance.ScoreBatch(sets), indented: false);

        var response = await _client.PostJsonTextAsync("/profiles/batch", ResponseSets.Json(sets));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.TextAsync();
        JsonNode.DeepEquals(JsonNode.Parse(body), JsonNode.Parse(expected)).Should().BeTrue();
        body.EndsWith(",\"scored\":129,\"rejected\":21}", StringComparison.Ordinal).Should().BeTrue("the counts come last");
    }

    [Fact]
    public async Task PostBatch_ResponseOverItsLimit_IsCutOffNotSentAsWhole()
    {
        using var factory = new ApiFactory(new Dictionary<string, string?> { ["ScoringApi:MaxBatchResponseBytes"] = "20000" });
        using var client = factory.CreateClient();
        var sets = Enumerable.Range(0, 100).Select(i => ResponseSets.Canonical("r-" + i, seed: i)).ToList();

        var act = async () =>
        {
            var response = await client.PostJsonTextAsync("/profiles/batch", ResponseSets.Json(sets));
            var text = await response.TextAsync();
            return JsonNode.Parse(text);
        };

        await act.Should().ThrowAsync<Exception>("a cut-off body must never parse as a whole result");
    }

    [Theory]
    [InlineData("[")]
    [InlineData("{}")]
    [InlineData("[1,2]")]
    [InlineData("[] []")]
    [InlineData("")]
    [InlineData("[{\"instrumentId\":")]
    public async Task PostBatch_NotAnArrayOfSets_Is400(string body)
    {
        var response = await PostAsync("/profiles/batch", Encoding.UTF8.GetBytes(body), "application/json");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, await response.TextAsync());
        response.MediaType().Should().Be("application/problem+json");
    }
}
