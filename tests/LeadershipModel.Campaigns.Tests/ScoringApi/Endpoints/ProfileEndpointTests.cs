using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using LeadershipModel.Instruments;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;
using LeadershipModel.Serialization;
using LeadershipModel.Campaigns.Development;
using LeadershipModel.Campaigns.Tests.ScoringApi.Infrastructure;

namespace LeadershipModel.Campaigns.Tests.ScoringApi.Endpoints;

public sealed class ProfileEndpointTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.Client;

    [Fact]
    public async Task PostProfile_CanonicalSet_ReturnsTheProfileTheEngineScoresDirectly()
    {
        var set = ResponseSets.Canonical();
        var expected = ReferenceEngine.Instance.Score(set).Profile!;

        var response = await _client.PostJsonTextAsync("/profiles", ResponseSets.Json(set));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.MediaType().Should().Be("application/json");
        var body = await response.TextAsync();
        body.Should().Be(JsonFormats.Profile.Write(expected, indented: false));
        JsonFormats.Profile.Read(body).GetValueOrThrow().Overall.Should().Be(expected.Overall);
    }

    [Fact]
    public async Task PostProfile_CanonicalSet_CarriesTheEnrichersSuggestionForTheLowestIntegration()
    {
        var set = ResponseSets.Canonical(seed: 3);
        var profile = ReferenceEngine.Instance.Score(set).Profile!;
        var lowest = profile.Dimensions.OrderBy(d => d.Position.Integration).Take(2).Select(d => d.DimensionId);

        var json = await (await _client.PostJsonTextAsync("/profiles", ResponseSets.Json(set))).JsonAsync();

        var extensions = json["extensions"]!;
        extensions[DevelopmentExtensions.Focus.Name]!.GetValue<string>().Should().Be(string.Join(",", lowest));
        extensions[DevelopmentExtensions.Suggestion.Name]!.GetValue<string>().Should().Contain("build the").And.Contain("pole");
    }

    [Fact]
    public async Task PostProfile_CanonicalSet_HasPercentilesFromTheCompanyNorms()
    {
        var set = ResponseSets.Canonical(seed: 1);
        var profile = ReferenceEngine.Instance.Score(set).Profile!;

        var json = await (await _client.PostJsonTextAsync("/profiles", ResponseSets.Json(set))).JsonAsync();

        var norms = json["norms"]!.AsArray();
        norms.Should().HaveCount(ReferenceEngine.CompanyNorms.Indices.Count - 1, "every company index but the pulse construct");
        var leadership = norms.Single(n => n!["indexId"]!.GetValue<string>() == "leadership")!;
        ReferenceEngine.CompanyNorms.TryGet("leadership", out var index).Should().BeTrue();
        leadership["percentile"]!.GetValue<double>().Should().Be(index!.PercentileOf(profile.Overall.Leadership!.Value));
        json["provenance"]!["optionsFingerprint"]!.GetValue<string>().Should().Be(ReferenceEngine.Instance.Fingerprint);
    }

    [Fact]
    public async Task PostProfile_PulseSet_ScoresTheHostConstruct()
    {
        var answers = new Dictionary<string, double?>
        {
            ["AP-PS1"] = 5, ["AP-PS2"] = 1, ["AP-PS3"] = 4, ["AP-PS4"] = 4,
            ["AP-CI-M1"] = 2, ["AP-CI-M2"] = 2, ["AP-CI-L1"] = 4, ["AP-CI-L2"] = 5,
            ["AP-SL-M1"] = 3, ["AP-SL-M2"] = 3, ["AP-SL-L1"] = 4, ["AP-SL-L2"] = 2,
        };
        var set = ResponseSet.Create("acme-pulse", "1.0.0", "p-001", answers);

        var response = await _client.PostJsonTextAsync("/profiles", ResponseSets.Json(set));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var profile = JsonFormats.Profile.Read(await response.TextAsync()).GetValueOrThrow();
        var safety = profile.Constructs.Should().ContainSingle().Subject;
        safety.Target.ConstructId.Should().Be("psychological-safety");
        safety.Score.Should().BeApproximately((1 + 1 + 0.75 + 0.75) / 4, 1e-12, "AP-PS2 is reverse-keyed: 1 becomes 5");
        profile.GetNorm("construct/psychological-safety").Should().NotBeNull();
        profile.Dimensions.Select(d => d.DimensionId).Should().Equal("control-influence", "short-long-term");
        profile.Should().Be(ReferenceEngine.Instance.Score(set).Profile);
    }

    [Fact]
    public async Task PostProfile_UnknownInstrument_Returns422ProblemWithTheRejection()
    {
        var set = ResponseSet.Create("nope", "1.0.0", "r-9", [KeyValuePair.Create("X1", (double?)3)]);

        var response = await _client.PostJsonTextAsync("/profiles", ResponseSets.Json(set));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        response.MediaType().Should().Be("application/problem+json");
        var problem = await response.JsonAsync();
        problem["status"]!.GetValue<int>().Should().Be(422);
        var rejection = JsonFormats.Rejection.Read(problem["rejection"]!.ToJsonString()).GetValueOrThrow();
        rejection.Reasons.Should().ContainSingle().Which.Code.Should().Be(RejectionCodes.UnknownInstrument);
        rejection.RespondentId.Should().Be("r-9");
    }

    [Fact]
    public async Task PostProfile_SeveralBadAnswers_Returns422ListingEveryReason()
    {
        var answers = CanonicalInstruments.Full.Items.Select(i => KeyValuePair.Create(i.Id, (double?)3)).ToList();
        answers[0] = KeyValuePair.Create(answers[0].Key, (double?)9);
        answers[1] = KeyValuePair.Create(answers[1].Key, (double?)0);
        answers.Add(KeyValuePair.Create("NOT-AN-ITEM", (double?)3));
        var set = ResponseSet.Create(CanonicalInstruments.FullId, CanonicalInstruments.Version, "r-bad", answers);
        var expected = ReferenceEngine.Instance.Score(set).Rejection!;

        var response = await _client.PostJsonTextAsync("/profiles", ResponseSets.Json(set));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var problem = await response.JsonAsync();
        expected.Reasons.Should().HaveCount(3);
        JsonFormats.Rejection.Read(problem["rejection"]!.ToJsonString()).GetValueOrThrow().Should().Be(expected);
        var detail = problem["detail"]!.GetValue<string>();
        foreach (var reason in expected.Reasons)
        {
            detail.Should().Contain(reason.Message);
        }
    }

    [Fact]
    public async Task PostProfile_MalformedJson_Returns400ProblemWithTheJsonPath()
    {
        var response = await _client.PostJsonTextAsync("/profiles", """{ "instrumentId": "canonical", """);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.MediaType().Should().Be("application/problem+json");
        var problem = await response.JsonAsync();
        problem["status"]!.GetValue<int>().Should().Be(400);
        var errors = problem["errors"]!.AsObject();
        errors.Should().ContainSingle().Which.Key.Should().Be("$");
        errors["$"]![0]!.GetValue<string>().Should().Contain("Malformed JSON at line 1");
        problem["problems"]![0]!["code"]!.GetValue<string>().Should().Be(JsonErrorCodes.InvalidJson);
    }

    [Fact]
    public async Task PostProfile_FieldsOfTheWrongType_Returns400WithEveryPath()
    {
        const string json = """
            { "instrumentId": "canonical", "instrumentVersion": "1.0.0", "respondentId": 42,
              "answers": { "CI-M1": "five", "CI-M2": 3 } }
            """;

        var response = await _client.PostJsonTextAsync("/profiles", json);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = (await response.JsonAsync())["errors"]!.AsObject();
        var paths = errors.Select(e => e.Key).ToList();
        paths.Should().Contain("$.respondentId");
        paths.Should().Contain(p => p.StartsWith("$.answers", StringComparison.Ordinal) && p.Contains("CI-M1", StringComparison.Ordinal));
        paths.Should().HaveCount(2);
    }

    [Fact]
    public async Task PostProfile_BodyOverOneMebibyte_Returns413Problem()
    {
        var body = Encoding.UTF8.GetBytes("[" + new string(' ', 1024 * 1024) + "]");

        var response = await _client.PostBytesAsync("/profiles", body);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        response.MediaType().Should().Be("application/problem+json");
        var problem = await response.JsonAsync();
        problem["status"]!.GetValue<int>().Should().Be(413);
        problem["limit"]!.GetValue<int>().Should().Be(1024 * 1024);
    }

    [Fact]
    public async Task PostProfile_BodyOfExactlyTheLimit_IsRead()
    {
        var json = ResponseSets.Json(ResponseSets.Canonical());
        var padded = json + new string(' ', (1024 * 1024) - Encoding.UTF8.GetByteCount(json));

        var response = await _client.PostBytesAsync("/profiles", Encoding.UTF8.GetBytes(padded));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task PostProfile_AnArrayInsteadOfOneSet_Returns400()
    {
        var json = ResponseSets.Json([ResponseSets.Canonical()]);

        var response = await _client.PostJsonTextAsync("/profiles", json);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.JsonAsync())["errors"]!.AsObject().Should().ContainKey("$");
    }

    [Fact]
    public async Task PostProfile_ChunkedBodyWithoutContentLength_IsLimitedToo()
    {
        using var content = new UnknownLengthContent(Encoding.UTF8.GetBytes("[" + new string(' ', 1024 * 1024) + "]"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/profiles") { Content = content };

        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    /// <summary>A body whose length is not known in advance, so no Content-Length header is sent.</summary>
    private sealed class UnknownLengthContent : HttpContent
    {
        private readonly byte[] _bytes;

        public UnknownLengthContent(byte[] bytes)
        {
            _bytes = bytes;
            Headers.ContentType = new("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(_bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
