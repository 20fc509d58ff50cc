using System.Net;
using System.Text;
using LeadershipModel.Campaigns.Data;
using LeadershipModel.Campaigns.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace LeadershipModel.Campaigns.Tests.Campaigns;

public abstract class RetentionTests(DatabaseProvider provider) : SignedInTests(provider)
{
    [Fact]
    public async Task DeleteCampaign_RemovesRatersResponsesAndTheirTextFromTheFile()
    {
        var (campaign, marker) = await CampaignWithAnswersAsync("Kept campaign person", "kept");
        var (doomed, doomedMarker) = await CampaignWithAnswersAsync("Deleted campaign person", "doomed");

        (await Api.Admin.DeleteAsync($"/api/campaigns/{doomed}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await Counts(doomed)).Should().Be((0, 0, 0));
        (await Counts(campaign)).Should().Be((1, 2, 2), "the other campaign is untouched");
        if (Factory.Provider == DatabaseProvider.Sqlite)
        {
            FileContains(doomedMarker).Should().BeFalse("secure_delete overwrites deleted rows");
            FileContains(marker).Should().BeTrue("the check can see text that is still there");
        }
    }

    [Fact]
    public async Task DeletePerson_RemovesTheirCampaignsRatersAndResponses()
    {
        var (campaign, marker) = await CampaignWithAnswersAsync("Leaving person", "leaving");
        var personId = await Factory.WithDbAsync(db => Task.FromResult(db.Campaigns.Single().PersonId));

        (await Api.Admin.DeleteAsync($"/api/people/{personId}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await Counts(campaign)).Should().Be((0, 0, 0));
        (await Factory.WithDbAsync(db => Task.FromResult(db.People.Count() + db.Raters.Count() + db.Submissions.Count() + db.Campaigns.Count()))).Should().Be(0);
        if (Factory.Provider == DatabaseProvider.Sqlite)
        {
            FileContains(marker).Should().BeFalse();
            FileContains("Leaving person").Should().BeFalse();
        }
        var audit = await Factory.WithDbAsync(db => Task.FromResult(db.AuditLog.Single()));
        audit.Action.Should().Be("delete-person");
        audit.Detail.Should().NotContain("Leaving person", "the audit log outlives the person and does not keep their name");
    }

    private async Task<(Guid Campaign, string Marker)> CampaignWithAnswersAsync(string person, string tag)
    {
        var campaign = await Api.NewCampaignAsync(person);
        var marker = $"marker-{tag}-{Guid.NewGuid():N}";
        foreach (var role in new[] { "self", "peer" })
        {
            var link = await Api.AddRaterAsync(campaign.Id, role, $"{role}-{tag}");
            (await Api.SubmitAsync(link.Token, 4, comment: marker)).EnsureSuccessStatusCode();
        }

        return (campaign.Id, marker);
    }

    private Task<(int Campaigns, int Raters, int Submissions)> Counts(Guid campaign) => Factory.WithDbAsync(db => Task.FromResult((
        db.Campaigns.Count(c => c.Id == campaign),
        db.Raters.Count(r => r.CampaignId == campaign),
        db.Submissions.Count(s => s.CampaignId == campaign))));

    private bool FileContains(string text)
    {
        SqliteConnection.ClearAllPools();
        var bytes = File.ReadAllBytes(Factory.DatabasePath);
        var journal = Factory.DatabasePath + "-wal";
        if (File.Exists(journal))
        {
            bytes = [.. bytes, .. File.ReadAllBytes(journal)];
        }

        return bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
    }
}

public sealed class RetentionTestsOnSqlite() : RetentionTests(DatabaseProvider.Sqlite);

public sealed class RetentionTestsOnPostgres() : RetentionTests(DatabaseProvider.Postgres);
