using System.Net;
using LeadershipModel.Campaigns.Data;
using LeadershipModel.Campaigns.Tests.Infrastructure;
using LeadershipModel.Campaigns.Tests.Pages;

namespace LeadershipModel.Campaigns.Tests.Campaigns;

public abstract class CsrfTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly CampaignsFactory _factory = new(provider: provider);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task AdminForm_WithoutAntiforgeryToken_Rejected()
    {
        var admin = new PageDriver(_factory.NewClient());
        await CampaignPagesTests.SignInAsync(admin);
        var response = await admin.Client.PostAsync("/admin?handler=AddPerson", new FormUrlEncodedContent([new("name", "Mallory's pick")]));
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await _factory.WithDbAsync(db => Task.FromResult(db.People.Count()))).Should().Be(0);
    }

    [Fact]
    public async Task AdminForm_WithAnotherSessionsToken_Rejected()
    {
        var other = new PageDriver(_factory.NewClient());
        var foreignToken = (await other.GetAsync("/admin/login")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var admin = new PageDriver(_factory.NewClient());
        await CampaignPagesTests.SignInAsync(admin);
        var response = await admin.Client.PostAsync("/admin?handler=AddPerson", new FormUrlEncodedContent([new("name", "x"), new("__RequestVerificationToken", foreignToken)]));
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task RaterForm_WithoutAntiforgeryToken_Rejected()
    {
        var response = await _factory.NewClient().PostAsync("/r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", new FormUrlEncodedContent([new("action", "submit")]));
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Api_FormPostFromAnotherSite_RefusedAsUnsupportedMediaType()
    {
        var admin = new ApiDriver(_factory);
        await admin.SignInAsync();
        var response = await admin.Admin.PostAsync("/api/people", new FormUrlEncodedContent([new("name", "cross-site")]));
        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await _factory.WithDbAsync(db => Task.FromResult(db.People.Count()))).Should().Be(0);
    }

    [Fact]
    public async Task SignInCookie_IsHttpOnlyAndSameSiteStrict()
    {
        var client = _factory.NewClient();
        var response = await client.PostAsync("/api/session", System.Net.Http.Json.JsonContent.Create(new { userName = "admin", password = CampaignsFactory.Password }));
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("campaigns-admin=", StringComparison.Ordinal));
        cookie.Should().Contain("httponly").And.Contain("samesite=strict");
    }
}

public sealed class CsrfTestsOnSqlite() : CsrfTests(DatabaseProvider.Sqlite);

public sealed class CsrfTestsOnPostgres() : CsrfTests(DatabaseProvider.Postgres);
