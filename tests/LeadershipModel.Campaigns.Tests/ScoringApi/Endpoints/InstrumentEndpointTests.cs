using System.Net;
using LeadershipModel.Instruments;
using LeadershipModel.Serialization;
using LeadershipModel.Campaigns.Tests.ScoringApi.Infrastructure;

namespace LeadershipModel.Campaigns.Tests.ScoringApi.Endpoints;

public sealed class InstrumentEndpointTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.Client;

    [Fact]
    public async Task GetInstrument_Canonical_ReturnsTheInstrumentJson()
    {
        var response = await _client.GetPathAsync("/instruments/canonical");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.MediaType().Should().Be("application/json");
        (await response.TextAsync()).Should().Be(JsonFormats.Instrument.Write(CanonicalInstruments.Full, indented: false));
    }

    [Fact]
    public async Task GetInstrument_HostInstrument_ReadsBackEqualToTheFile()
    {
        var response = await _client.GetPathAsync("/instruments/acme-pulse?version=1.0.0");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        JsonFormats.Instrument.Read(await response.TextAsync()).GetValueOrThrow().Should().Be(ReferenceEngine.AcmePulse);
    }

    [Theory]
    [InlineData("/instruments/nope")]
    [InlineData("/instruments/canonical?version=9.9.9")]
    public async Task GetInstrument_Unknown_Returns404Problem(string path)
    {
        var response = await _client.GetPathAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.MediaType().Should().Be("application/problem+json");
        var problem = await response.JsonAsync();
        problem["status"]!.GetValue<int>().Should().Be(404);
        problem["detail"]!.GetValue<string>().Should().Contain("acme-pulse 1.0.0").And.Contain("canonical 1.0.0");
    }
}
