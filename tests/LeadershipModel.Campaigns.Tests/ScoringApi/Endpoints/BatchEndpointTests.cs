using System.Net;
using System.Text;
using LeadershipModel.Instruments;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;
using LeadershipModel.Serialization;
using LeadershipModel.Campaigns.Tests.ScoringApi.Infrastructure;

namespace LeadershipModel.Campaigns.Tests.ScoringApi.Endpoints;

public sealed class BatchEndpointTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.Client;

    private static ResponseSet[] MixedBatch() =>
    [
        ResponseSets.Canonical("r-0"),
        ResponseSet.Create("nope", "1.0.0", "r-1", [KeyValuePair.Create("X1", (double?)3)]),
        ResponseSets.Answering(CanonicalInstruments.Short, "r-2", seed: 2),
        ResponseSet.Create(CanonicalInstruments.FullId, "9.9.9", "r-3", [KeyValuePair.Create("CI-M1", (double?)3)]),
        ResponseSets.Answering(ReferenceEngine.AcmePulse, "r-4", seed: 4),
    ];

    [Fact]
    public async Task PostBatch_MixOfValidAndInvalidSets_ReturnsEveryProfileAndRejection()
    {
        var sets = MixedBatch();
        var expected = ReferenceEngine.Instance.ScoreBatch(sets);

        var response = await _client.PostJsonTextAsync("/profiles/batch", ResponseSets.Json(sets));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.MediaType().Should().Be("application/json");
        var body = await response.TextAsync();
        // Streamed: the same fields as BatchScoringResultJson, the counts last.
        System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(body), System.Text.Json.Nodes.JsonNode.Parse(JsonFormats.BatchScoringResult.Write(expected, indented: false)))
            .Should().BeTrue(body);
        var json = body.Element();
        var scored = json.GetProperty("scored").GetInt32();
        var rejected = json.GetProperty("rejected").GetInt32();
        (scored, rejected).Should().Be((3, 2));
        (scored + rejected).Should().Be(sets.Length);
        json.GetProperty("profiles").GetArrayLength().Should().Be(scored);
        var rejections = JsonFormats.Rejections.Read(json.GetProperty("rejections").GetRawText()).GetValueOrThrow();
        rejections.Select(r => r.Index).Should().Equal(1, 3);
        rejections.Select(r => r.Reasons[0].Code).Should().Equal(RejectionCodes.UnknownInstrument, RejectionCodes.WrongVersion);
        JsonFormats.Profiles.Read(json.GetProperty("profiles").GetRawText()).GetValueOrThrow()
            .Select(p => p.RespondentId).Should().Equal("r-0", "r-2", "r-4");
    }

    [Fact]
    public async Task PostBatch_EmptyArray_ReturnsZeroCounts()
    {
        var json = (await (await _client.PostJsonTextAsync("/profiles/batch", "[]")).TextAsync()).Element();

        json.GetProperty("scored").GetInt32().Should().Be(0);
        json.GetProperty("rejected").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task PostBatch_OneMalformedSet_Returns400WithItsIndexInThePath()
    {
        const string json = """
            [
              { "instrumentId": "canonical", "instrumentVersion": "1.0.0", "respondentId": "a", "answers": { "CI-M1": 3 } },
              { "instrumentId": "canonical", "instrumentVersion": "1.0.0", "respondentId": "b", "answers": { "CI-M1": true } }
            ]
            """;

        var response = await _client.PostJsonTextAsync("/profiles/batch", json);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.MediaType().Should().Be("application/problem+json");
        var errors = (await response.JsonAsync())["errors"]!.AsObject();
        errors.Should().ContainSingle().Which.Key.Should().StartWith("$[1].answers").And.Contain("CI-M1");
    }

    [Fact]
    public async Task PostBatch_AnObjectInsteadOfAnArray_Returns400()
    {
        var response = await _client.PostJsonTextAsync("/profiles/batch", ResponseSets.Json(ResponseSets.Canonical()));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task PostBatch_MoreSetsThanAllowed_Returns413Problem()
    {
        using var factory = new ApiFactory(new Dictionary<string, string?> { ["ScoringApi:MaxBatchCount"] = "2" });
        using var client = factory.CreateClient();
        var sets = Enumerable.Range(0, 3).Select(i => ResponseSets.Canonical($"r-{i}")).ToArray();

        var response = await client.PostJsonTextAsync("/profiles/batch", ResponseSets.Json(sets));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        response.MediaType().Should().Be("application/problem+json");
        var problem = await response.JsonAsync();
        problem["count"]!.GetValue<int>().Should().Be(3);
        problem["limit"]!.GetValue<int>().Should().Be(2);
    }

    [Fact]
    public async Task PostBatch_BodyOverTheConfiguredLimit_Returns413Problem()
    {
        using var factory = new ApiFactory(new Dictionary<string, string?> { ["ScoringApi:MaxBatchBodyBytes"] = "4096" });
        using var client = factory.CreateClient();

        var response = await client.PostBytesAsync("/profiles/batch", Encoding.UTF8.GetBytes("[" + new string(' ', 4096) + "]"));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await response.JsonAsync())["limit"]!.GetValue<int>().Should().Be(4096);
    }

    [Fact]
    public async Task PostBatch_DefaultLimit_IsSixteenMebibytes()
    {
        var response = await _client.PostBytesAsync("/profiles/batch", Encoding.UTF8.GetBytes("[" + new string(' ', 16 * 1024 * 1024) + "]"));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await response.JsonAsync())["limit"]!.GetValue<int>().Should().Be(16 * 1024 * 1024);
    }

    [Fact]
    public async Task PostBatch_AllTurnsTakenAndQueueFull_Returns503ProblemWithRetryAfter()
    {
        using var factory = new ApiFactory(new Dictionary<string, string?> { ["ScoringApi:MaxConcurrentBatches"] = "1", ["ScoringApi:BatchQueueLimit"] = "0" });
        // No redirect handler: it would buffer the held body before sending it.
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var body = Encoding.UTF8.GetBytes(ResponseSets.Json([ResponseSets.Canonical()]));

        // The first batch holds the only turn while its body is still arriving; the second finds no turn and no queue.
        // A probe sent before the held batch reaches the limiter takes the turn itself (or one probe's turn is not yet
        // returned when the next arrives), so a round whose held batch was refused is played again, at most 5 times.
        HttpStatusCode first = default;
        HttpResponseMessage? second = null;
        for (var round = 0; round < 5 && first != HttpStatusCode.OK; round++)
        {
            (first, second) = await HeldRoundAsync(client, body);
        }

        first.Should().Be(HttpStatusCode.OK);
        second!.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        second.MediaType().Should().Be("application/problem+json");
        second.Headers.RetryAfter.Should().NotBeNull();
        (await client.PostBytesAsync("/profiles/batch", body)).StatusCode.Should().Be(HttpStatusCode.OK, "the turn is free again");
    }

    /// <summary>Sends a batch whose body is held open, probes until a batch is refused (bounded), then releases it.</summary>
    private static async Task<(HttpStatusCode First, HttpResponseMessage? Second)> HeldRoundAsync(HttpClient client, byte[] body)
    {
        var release = new TaskCompletionSource();
        var sending = new TaskCompletionSource();
        using var held = new HeldContent(body, sending, release.Task);
        held.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        var first = client.PostAsync("/profiles/batch", held);
        await sending.Task;
        HttpResponseMessage? second = null;
        // Bounded: the first batch takes its turn once the server reads its body, which a loaded machine may delay for seconds.
        for (var attempt = 0; attempt < 600 && second?.StatusCode != HttpStatusCode.ServiceUnavailable && !first.IsCompleted; attempt++)
        {
            second = await client.PostBytesAsync("/profiles/batch", body);
            await Task.Delay(50);
        }

        release.SetResult();
        using var response = await first;
        return (response.StatusCode, second);
    }

    /// <summary>A JSON body whose last byte is sent only when <c>release</c> completes.</summary>
    private sealed class HeldContent(byte[] body, TaskCompletionSource sending, Task release) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            await stream.WriteAsync(body.AsMemory(0, body.Length - 1));
            await stream.FlushAsync();
            sending.SetResult();
            await release;
            await stream.WriteAsync(body.AsMemory(body.Length - 1));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = body.Length;
            return true;
        }
    }
}
