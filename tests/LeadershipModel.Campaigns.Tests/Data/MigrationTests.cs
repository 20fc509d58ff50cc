using LeadershipModel.Campaigns.Data;
using LeadershipModel.Campaigns.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeadershipModel.Campaigns.Tests.Data;

public abstract class MigrationTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly CampaignsFactory _factory = new(provider: provider);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Model_HasNoChangesMissingFromTheCommittedMigrations()
        => (await _factory.WithDbAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()))).Should().BeFalse();

    [Fact]
    public async Task FirstStart_AppliesEveryMigrationOfTheProvidersOwnSet()
    {
        var context = await _factory.WithDbAsync(db => Task.FromResult(db.GetType()));
        context.Should().Be(provider == DatabaseProvider.Postgres ? typeof(PostgresCampaignsDbContext) : typeof(SqliteCampaignsDbContext));
        var pending = await _factory.WithDbAsync(db => db.Database.GetPendingMigrationsAsync());
        pending.Should().BeEmpty();
        var applied = await _factory.WithDbAsync(db => db.Database.GetAppliedMigrationsAsync());
        var known = await _factory.WithDbAsync(db => Task.FromResult(db.Database.GetMigrations().ToList()));
        applied.Should().NotBeEmpty().And.Equal(known);
        if (provider == DatabaseProvider.Sqlite)
        {
            File.Exists(_factory.DatabasePath).Should().BeTrue("SQLite's database is a file in the data folder");
        }
    }
}

public sealed class MigrationTestsOnSqlite() : MigrationTests(DatabaseProvider.Sqlite);

public sealed class MigrationTestsOnPostgres() : MigrationTests(DatabaseProvider.Postgres);
