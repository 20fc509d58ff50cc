using LeadershipModel.Campaigns.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeadershipModel.Campaigns.Tests.Data;

public sealed class MigrationTests : IAsyncLifetime
{
    private readonly CampaignsFactory _factory = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Model_HasNoChangesMissingFromTheCommittedMigrations()
        => (await _factory.WithDbAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()))).Should().BeFalse();

    [Fact]
    public async Task FirstStart_CreatesTheDatabaseInTheDataFolderWithEveryMigration()
    {
        var pending = await _factory.WithDbAsync(db => db.Database.GetPendingMigrationsAsync());
        pending.Should().BeEmpty();
        File.Exists(_factory.DatabasePath).Should().BeTrue();
        var applied = await _factory.WithDbAsync(db => db.Database.GetAppliedMigrationsAsync());
        applied.Should().NotBeEmpty();
    }
}
