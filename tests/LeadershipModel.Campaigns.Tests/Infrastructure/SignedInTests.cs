namespace LeadershipModel.Campaigns.Tests.Infrastructure;

/// <summary>Tests that start with a fresh app and the admin signed in through the API.</summary>
public abstract class SignedInTests : IAsyncLifetime
{
    protected CampaignsFactory Factory { get; } = new();

    protected ApiDriver Api { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Api = new ApiDriver(Factory);
        await Api.SignInAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
