namespace LeadershipModel.Campaigns.Tests.ScoringApi.Infrastructure;

/// <summary>One in-memory server with the default configuration, shared by the tests of a class.</summary>
public sealed class ApiFixture : IDisposable
{
    private readonly ApiFactory _factory = new();

    public ApiFixture() => Client = _factory.CreateClient();

    public HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        _factory.Dispose();
    }
}
