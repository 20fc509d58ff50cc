using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LeadershipModel.Campaigns.Campaigns;
using LeadershipModel.Campaigns.Data;
using LeadershipModel.Campaigns.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace LeadershipModel.Campaigns.Tests.Api;

public abstract class CampaignApiTests(DatabaseProvider provider) : SignedInTests(provider)
{
    [Fact]
    public async Task WholeCampaign_FourPeersTwoDirectReportsOneOther_PeersAloneOthersCombinedAndNoRaterNamed()
    {
        var campaign = await Api.NewCampaignAsync();
        var raters = new List<(string Role, string Label, string Token)>();
        foreach (var (role, count) in new[] { ("self", 1), ("manager", 1), ("peer", 4), ("direct-report", 2), ("other", 1) })
        {
            for (var i = 1; i <= count; i++)
            {
                var label = $"{role}-person-{i}@example.org";
                raters.Add((role, label, (await Api.AddRaterAsync(campaign.Id, role, label)).Token));
            }
        }

        // Each rater opens the right form, saves part, then submits the rest with a comment.
        for (var i = 0; i < raters.Count; i++)
        {
            var (role, _, token) = raters[i];
            var form = await ApiDriver.Read<RaterForm>(await Api.Anonymous.GetAsync($"/api/rate/{token}"), HttpStatusCode.OK);
            form.Form.Should().Be(role == "self" ? "self" : "observer");
            form.Questions.Select(q => q.Id).Should().Equal("keep-doing", "do-differently");
            var first = form.Items[0].Id;
            var saved = await ApiDriver.Read<RaterForm>(
                await Api.Anonymous.PutAsJsonAsync($"/api/rate/{token}/draft", new { answers = new Dictionary<string, double?> { [first] = 4 } }), HttpStatusCode.OK);
            saved.Answered.Should().Be(1);
            saved.MinimumWarning.Should().NotBeNull("one answer leaves almost every scale below the scoring minimum");
            var receipt = await ApiDriver.Read<SubmitReceipt>(await Api.SubmitAsync(token, 1 + (i % 5), comment: $"comment {i:D2} from a {role}"), HttpStatusCode.OK);
            receipt.AlreadySubmitted.Should().BeFalse();
        }

        var details = await ApiDriver.Read<CampaignDetails>(await Api.Admin.GetAsync($"/api/campaigns/{campaign.Id}"), HttpStatusCode.OK);
        details.Completion.Should().BeEquivalentTo(new[]
        {
            new GroupCompletion("self", 1, 1), new GroupCompletion("manager", 1, 1), new GroupCompletion("peer", 4, 4),
            new GroupCompletion("direct-report", 2, 2), new GroupCompletion("other", 1, 1),
        });

        // Nothing is shown before release.
        var release = await Api.CloseAndReleaseAsync(campaign.Id);
        var response = await Api.Anonymous.GetAsync($"/api/feedback/{release.Token}");
        var json = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, json);
        var feedback = JsonSerializer.Deserialize<PersonFeedback>(json, ApiDriver.Json)!;
        feedback.Groups.Select(g => (g.Group, g.Raters)).Should().Equal(
            ("self", 1), ("manager", 1), ("peer", 4), ("others-combined", 3), ("all-others", 8));
        feedback.MergedRaters.Should().Be(3);
        feedback.WithheldRaters.Should().Be(0);
        feedback.Comments.Where(c => c.Group == "others-combined").Should().HaveCount(3);
        feedback.Comments.Select(c => c.Group).Should().NotContain(["direct-report", "other"]);

        var pdf = await Api.Anonymous.GetByteArrayAsync($"/api/feedback/{release.Token}/pdf");
        using var document = PdfDocument.Open(pdf);
        var pdfText = string.Join("\n", document.GetPages().Select(p => p.Text));
        pdfText.Should().Contain("360 feedback for Tanja Example").And.Contain("other raters (combined)").And.Contain("comment ");

        var page = await (await Api.Anonymous.GetAsync(CampaignService.FeedbackPath(release.Token))).Content.ReadAsStringAsync();
        foreach (var (_, label, token) in raters)
        {
            json.Should().NotContain(label).And.NotContain(token);
            pdfText.Should().NotContain(label.Split('@')[0]);
            page.Should().NotContain(label.Split('@')[0]);
        }

        json.Should().NotContain("rater-", "respondent ids are internal to scoring");
        page.Should().Contain("Feedback for Tanja Example").And.Contain("others-combined");
    }

    [Fact]
    public async Task Feedback_BeforeRelease_NotShown()
    {
        var campaign = await Api.NewCampaignAsync();
        var link = await Api.AddRaterAsync(campaign.Id, "self", "me");
        (await Api.SubmitAsync(link.Token, 3)).EnsureSuccessStatusCode();
        (await Api.Admin.PostAsync($"/api/campaigns/{campaign.Id}/release", null)).StatusCode.Should().Be(HttpStatusCode.Conflict, "an open campaign cannot be released");
        (await Api.Admin.PostAsync($"/api/campaigns/{campaign.Id}/close", null)).EnsureSuccessStatusCode();
        var forged = LinkTokens.Create().Token;
        (await Api.Anonymous.GetAsync($"/api/feedback/{forged}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Api.Anonymous.GetAsync($"/f/{forged}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Release_Again_OldFeedbackLinkStopsWorking()
    {
        var campaign = await Api.NewCampaignAsync();
        (await Api.SubmitAsync((await Api.AddRaterAsync(campaign.Id, "self", "me")).Token, 3)).EnsureSuccessStatusCode();
        var first = await Api.CloseAndReleaseAsync(campaign.Id);
        var second = await ApiDriver.Read<LeadershipModel.Campaigns.Api.CampaignApi.LinkAnswer>(await Api.Admin.PostAsync($"/api/campaigns/{campaign.Id}/release", null), HttpStatusCode.OK);
        (await Api.Anonymous.GetAsync($"/api/feedback/{first.Token}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Api.Anonymous.GetAsync($"/api/feedback/{second.Token}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AdminEndpoints_WithoutSignIn_ProblemDetails401()
    {
        var response = await Api.Anonymous.GetAsync("/api/campaigns");
        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task MalformedJson_ProblemDetails400()
    {
        var response = await Api.Admin.PostAsync("/api/people", new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json"));
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task SignIn_WrongPassword_ProblemDetails401()
    {
        var response = await Api.Anonymous.PostAsJsonAsync("/api/session", new { userName = "admin", password = "guess" });
        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task CreateCampaign_Invalid_ProblemDetailsNameTheField()
    {
        var person = await ApiDriver.Read<PersonEntry>(await Api.Admin.PostAsJsonAsync("/api/people", new { name = "P" }), HttpStatusCode.Created);
        var cases = new (object Body, string Field)[]
        {
            (new { personId = person.Id, title = "t", instrumentId = "nope", deadline = Factory.Clock.GetUtcNow().AddDays(1) }, "instrumentId"),
            (new { personId = person.Id, title = "t", instrumentId = "canonical", anonymityThreshold = 1, deadline = Factory.Clock.GetUtcNow().AddDays(1) }, "anonymityThreshold"),
            (new { personId = person.Id, title = "t", instrumentId = "canonical", deadline = Factory.Clock.GetUtcNow().AddDays(-1) }, "deadline"),
            (new { personId = Guid.NewGuid(), title = "t", instrumentId = "canonical", deadline = Factory.Clock.GetUtcNow().AddDays(1) }, "personId"),
        };
        foreach (var (body, field) in cases)
        {
            var response = await Api.Admin.PostAsJsonAsync("/api/campaigns", body);
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
            (await response.Content.ReadAsStringAsync()).Should().Contain(field);
        }
    }

    [Fact]
    public async Task CampaignDetails_ForTheAdmin_CountsOnlyNeverWhoAnswered()
    {
        var campaign = await Api.NewCampaignAsync();
        var a = await Api.AddRaterAsync(campaign.Id, "peer", "alice");
        await Api.AddRaterAsync(campaign.Id, "peer", "bob");
        (await Api.SubmitAsync(a.Token, 4)).EnsureSuccessStatusCode();
        var json = await (await Api.Admin.GetAsync($"/api/campaigns/{campaign.Id}")).Content.ReadAsStringAsync();
        using var doc = JsonDocument.Parse(json);
        foreach (var rater in doc.RootElement.GetProperty("raters").EnumerateArray())
        {
            rater.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo("id", "role", "label", "linksIssued");
        }

        doc.RootElement.GetProperty("completion")[0].GetProperty("submitted").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task Submit_Invalid_ProblemDetailsNameTheItem()
    {
        var campaign = await Api.NewCampaignAsync();
        var link = await Api.AddRaterAsync(campaign.Id, "peer", "p");
        var item = LeadershipModel.Instruments.CanonicalInstruments.Short.Items[0].Id;
        var cases = new (object Body, string Expected)[]
        {
            (new { answers = new Dictionary<string, double?> { ["NOPE-1"] = 3 } }, "answers.NOPE-1"),
            (new { answers = new Dictionary<string, double?> { [item] = 9 } }, $"answers.{item}"),
            (new { comments = new Dictionary<string, string?> { ["why"] = "x" } }, "comments.why"),
            (new { answers = new Dictionary<string, double?>() }, "nothing is answered"),
        };
        foreach (var (body, expected) in cases)
        {
            var response = await Api.Anonymous.PostAsJsonAsync($"/api/rate/{link.Token}/submission", body);
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await response.Content.ReadAsStringAsync()).Should().Contain(expected);
        }
    }

    [Fact]
    public async Task OpenApi_DocumentIs31AndScalarPageHasItsOwnPolicy()
    {
        var doc = await Api.Anonymous.GetStringAsync("/openapi/v1.json");
        JsonDocument.Parse(doc).RootElement.GetProperty("openapi").GetString().Should().StartWith("3.1");
        doc.Should().Contain("/api/campaigns/{id}/release");
        var scalar = await Api.Anonymous.GetAsync("/scalar/");
        scalar.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await scalar.Content.ReadAsStringAsync();
        html.Should().Contain("\"withDefaultFonts\":false").And.NotContain("https://");
        var policy = scalar.Headers.GetValues("Content-Security-Policy").Single();
        var scriptSource = policy.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal));
        scriptSource.Should().Contain("'sha256-").And.NotContain("unsafe-inline", "only the page's own inline scripts run, by their hashes");
        var inline = System.Text.RegularExpressions.Regex.Matches(html, "<script type=\"module\">(.*?)</script>", System.Text.RegularExpressions.RegexOptions.Singleline);
        inline.Should().NotBeEmpty();
        foreach (System.Text.RegularExpressions.Match m in inline)
        {
            var hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(m.Groups[1].Value)));
            scriptSource.Should().Contain($"'sha256-{hash}'");
        }

        var page = await Api.Anonymous.GetAsync("/");
        page.Headers.GetValues("Content-Security-Policy").Single().Should().Be(LeadershipModel.Campaigns.Hosting.SecurityHeaders.DefaultPolicy);
        page.Headers.GetValues("Referrer-Policy").Single().Should().Be("no-referrer");
        page.Headers.GetValues("X-Frame-Options").Single().Should().Be("DENY");
    }
}

public sealed class CampaignApiTestsOnSqlite() : CampaignApiTests(DatabaseProvider.Sqlite);

public sealed class CampaignApiTestsOnPostgres() : CampaignApiTests(DatabaseProvider.Postgres);
