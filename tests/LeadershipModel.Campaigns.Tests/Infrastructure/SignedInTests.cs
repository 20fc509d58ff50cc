using LeadershipModel.Campaigns.Data;

namespace LeadershipModel.Campaigns.Tests.Infrastructure;

/// <summary>Tests that start with a fresh app on the given database and the admin signed in through the API.</summary>
public abstract class SignedInTests(DatabaseProvider provider = DatabaseProvider.Sqlite) : IAsyncLifetime
{
    protected CampaignsFactory Factory { get; } = new(provider: provider);

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
