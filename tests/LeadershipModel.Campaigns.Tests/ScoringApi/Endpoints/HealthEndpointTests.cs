using System.Net;
using LeadershipModel.Campaigns.Tests.ScoringApi.Infrastructure;

namespace LeadershipModel.Campaigns.Tests.ScoringApi.Endpoints;

public sealed class HealthEndpointTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task GetHealth_EngineBuilt_ReturnsHealthy()
    {
        var response = await api.Client.GetPathAsync("/health");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.TextAsync()).Should().Be("Healthy");
    }

    [Fact]
    public async Task UnknownRoute_Returns404ProblemDetails()
    {
        var response = await api.Client.GetPathAsync("/nothing-here");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.MediaType().Should().Be("application/problem+json");
    }
}
