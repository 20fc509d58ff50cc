using System.Net;
using LeadershipModel.Campaigns.Campaigns;
using LeadershipModel.Campaigns.Data;
using LeadershipModel.Campaigns.Tests.Infrastructure;
using LeadershipModel.Feedback;
using LeadershipModel.Instruments;
using LeadershipModel.Reporting.Feedback;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

namespace LeadershipModel.Campaigns.Tests.Campaigns;

/// <summary>The rater forms and the person's report come from the library: its forms, open questions and feedback document.</summary>
public abstract class FeedbackThroughLibraryTests(DatabaseProvider provider) : SignedInTests(provider)
{
    [Theory]
    [InlineData("self", FormIds.Self)]
    [InlineData("peer", FormIds.Observer)]
    public async Task RaterForm_ShowsTheRolesFormWordingLabelsAndOpenQuestions(string role, string form)
    {
        var instrument = CanonicalInstruments.Short;
        var campaign = await Api.NewCampaignAsync();
        var link = await Api.AddRaterAsync(campaign.Id, role, "someone");

        var shown = await ApiDriver.Read<RaterForm>(await Api.Anonymous.GetAsync($"/api/rate/{link.Token}"), HttpStatusCode.OK);

        shown.Items.Select(i => i.Text).Should().Equal(instrument.Items.Select(i => instrument.GetItemText(i.Id, form)));
        shown.Items.Select(i => i.Choices[0].Label).Should().Equal(instrument.Items.Select(i => instrument.GetAnswerLabels(i)[0].Text.Default));
        shown.Questions.Select(q => q.Text).Should().Equal(instrument.OpenQuestions.Select(q => q.GetText(form).Default));
        if (form == FormIds.Observer)
        {
            shown.Items.Select(i => i.Text).Should().NotIntersectWith(instrument.Items.Select(i => instrument.GetItemText(i.Id, FormIds.Self)));
        }
    }

    [Fact]
    public async Task Feedback_IsTheLibrarysReport_WithheldGroupAndItsCommentsStayWithheld()
    {
        var instrument = CanonicalInstruments.Short;
        var campaign = await Api.NewCampaignAsync();
        // Peer and other are two people: fewer than 3 even combined, so both are left out, comments too.
        var raters = new List<(string Role, string Comment)> { ("self", "self note"), ("manager", "manager note"), ("other", "lone other note"), ("peer", "lone peer note") };
        var sets = new List<ResponseSet>();
        for (var i = 0; i < raters.Count; i++)
        {
            var (role, comment) = raters[i];
            var link = await Api.AddRaterAsync(campaign.Id, role, $"label-{i}");
            (await Api.SubmitAsync(link.Token, 1 + (i % 5), comment)).EnsureSuccessStatusCode();
            sets.Add(ResponseSet.Create(instrument.Id, instrument.Version, role == "self" ? "Tanja Example" : $"x{i}", instrument.Items.Select(it => KeyValuePair.Create(it.Id, (double?)(1 + (i % 5)))), Role(role), "Tanja Example")
                with { Comments = new[] { KeyValuePair.Create("keep-doing", comment) }.ToEquatableArray() });
        }

        var release = await Api.CloseAndReleaseAsync(campaign.Id);
        var page = await (await Api.Anonymous.GetAsync($"/f/{release.Token}")).Content.ReadAsStringAsync();

        // The same figures as the library's own document built from the same answers.
        var engine = ScoringEngine.CreateBuilder().AddInstrument(instrument).Build();
        var expected = FeedbackDocumentBuilder.Build(engine, instrument, sets, new FeedbackOptions { AnonymityThreshold = 3 }).Document;
        var fragment = FeedbackReportWriter.RenderFragment(expected, expected.Targets[0], instrument.Dimensions);
        page.Should().Contain(fragment);
        page.Should().Contain("Groups not shown").And.Contain("left out of every figure").And.Contain("manager note");
        page.Should().NotContain("lone other note", "a withheld group's comments are withheld with it").And.NotContain("lone peer note").And.NotContain("label-");
        page.Should().NotContain("self note", "the person's own comments are not fed back to them");
    }

    private static RaterRole Role(string id) => RaterRoles.TryParse(id, out var role) ? role : throw new ArgumentException(id, nameof(id));
}

public sealed class FeedbackThroughLibraryTestsOnSqlite() : FeedbackThroughLibraryTests(DatabaseProvider.Sqlite);

public sealed class FeedbackThroughLibraryTestsOnPostgres() : FeedbackThroughLibraryTests(DatabaseProvider.Postgres);
