using System.Text.Json;
using Json.Schema;
using LeadershipModel.Feedback;
using LeadershipModel.Instruments;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;
using LeadershipModel.Serialization;

namespace LeadershipModel.Tests.Feedback;

public sealed class FeedbackDocumentTests
{
    private static readonly Instrument Instrument = CanonicalInstruments.Short;
    private static readonly ScoringEngine Engine = ScoringEngine.CreateBuilder().AddInstrument(Instrument).Build();

    /// <summary>T1: self, a manager, three peers, two direct reports and one other (the last two roles merge: 3 people).</summary>
    internal static List<ResponseSet> Sample()
    {
        var raters = new (string Id, RaterRole Role)[]
        {
            ("T1", RaterRole.Self), ("boss-7", RaterRole.Manager), ("peer-a", RaterRole.Peer), ("peer-b", RaterRole.Peer),
            ("peer-c", RaterRole.Peer), ("dr-x", RaterRole.DirectReport), ("dr-y", RaterRole.DirectReport), ("oth-z", RaterRole.Other),
        };
        return raters.Select((r, k) => ResponseSet.Create(
            Instrument.Id, Instrument.Version, r.Id,
            Instrument.Items.Select((item, i) => new KeyValuePair<string, double?>(item.Id, 1 + ((i * 7 + k * 3) % 5))),
            r.Role, "T1")).ToList();
    }

    [Fact]
    public void Build_Sample_OthersGroupsCountPeopleAndSmallRolesAreMergedWithReasons()
    {
        var result = FeedbackDocumentBuilder.Build(Engine, Instrument, Sample());

        result.RaterRejections.Should().BeEmpty();
        result.ScoringRejections.Should().BeEmpty();
        var t1 = result.Document.Targets.Should().ContainSingle().Subject;
        t1.Report.Groups.Select(g => (g.Kind, g.RaterCount)).Should().Equal(
            (FeedbackGroupKind.Self, 1), (FeedbackGroupKind.Manager, 1), (FeedbackGroupKind.Peer, 3),
            (FeedbackGroupKind.CombinedOthers, 3), (FeedbackGroupKind.AllOthers, 7));
        t1.Withheld.Select(w => (w.Group, w.Raters, w.IsMerged)).Should().Equal((FeedbackGroupKind.DirectReport, 2, true), (FeedbackGroupKind.Other, 1, true));
        t1.Highest.Should().HaveCount(5);
        t1.Lowest.Should().HaveCount(5);
        t1.Highest.Select(h => h.Mean!.Value).Should().BeInDescendingOrder();
        t1.Lowest.Select(h => h.Mean!.Value).Should().BeInAscendingOrder();
    }

    [Fact]
    public void Build_ItemMeans_EqualTheMeanOfTheGroupsRawAnswers()
    {
        var sets = Sample();
        var t1 = FeedbackDocumentBuilder.Build(Engine, Instrument, sets).Document.Targets[0];
        var peers = sets.Where(s => s.Role == RaterRole.Peer).ToList();

        var item = Instrument.Items[4];
        var expected = peers.Average(s => s.Answers.Single(a => a.ItemId == item.Id).Value!.Value);

        var stats = t1.GetItems(FeedbackGroupKind.Peer)!.Items[4];
        stats.ItemId.Should().Be(item.Id);
        stats.Count.Should().Be(3);
        stats.Mean.Should().BeApproximately(expected, 1e-12);
    }

    [Fact]
    public void Build_BlindSpotsAndHiddenStrengths_MeetTheStatedThresholds()
    {
        var t1 = FeedbackDocumentBuilder.Build(Engine, Instrument, Sample()).Document.Targets[0];

        t1.BlindSpots.Should().NotBeEmpty();
        t1.BlindSpots.Should().OnlyContain(b => b.Self - b.Others >= 1 - 1e-9);
        t1.HiddenStrengths.Should().OnlyContain(h => h.Others - h.Self >= 1 - 1e-9);
    }

    [Fact]
    public void Build_InstrumentWithObserverForm_ObserversItemsCarryTheObserverWording()
    {
        var observer = new InstrumentForm(FormIds.Observer, Instrument.Items.Select(i => new KeyValuePair<string, LocalizedText>(i.Id, LocalizedText.Of("This person: " + i.Text.Default))));
        var withForm = Instrument.Create(Instrument.Definition with { Forms = [observer] });

        var t1 = FeedbackDocumentBuilder.Build(ScoringEngine.CreateBuilder().AddInstrument(withForm).Build(), withForm, Sample()).Document.Targets[0];

        t1.GetItems(FeedbackGroupKind.Peer)!.Items[0].Text.Should().Be("This person: " + Instrument.Items[0].Text.Default);
        t1.GetItems(FeedbackGroupKind.Self)!.Items[0].Text.Should().Be(Instrument.Items[0].Text.Default);
        t1.Highest.Should().OnlyContain(h => h.Text.StartsWith("This person: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_SmallRoleMergedWithPeers_AllOthersMinusShownGroupsLeavesNothing()
    {
        // Self, a manager, three peers and two direct reports: the two cannot be shown, so the peers join them in
        // "other raters (combined)" and no published figure minus another isolates fewer than three people.
        var sets = Sample().Where(s => s.RespondentId != "oth-z").ToList();

        var t1 = FeedbackDocumentBuilder.Build(Engine, Instrument, sets).Document.Targets[0];
        var report = t1.Report;

        report.Groups.Select(g => (g.Kind, g.RaterCount)).Should().Equal(
            (FeedbackGroupKind.Self, 1), (FeedbackGroupKind.Manager, 1), (FeedbackGroupKind.CombinedOthers, 5), (FeedbackGroupKind.AllOthers, 6));
        t1.Withheld.Select(w => (w.Group, w.IsMerged)).Should().Equal((FeedbackGroupKind.Peer, true), (FeedbackGroupKind.DirectReport, true));
        var all = report.GetGroup(FeedbackGroupKind.AllOthers)!;
        var manager = report.GetGroup(FeedbackGroupKind.Manager)!;
        var combined = report.GetGroup(FeedbackGroupKind.CombinedOthers)!;
        foreach (var index in all.Indices.Where(i => i.Mean is not null))
        {
            var expected = (manager.Get(index.IndexId)!.Mean!.Value + (combined.Get(index.IndexId)!.Mean!.Value * 5)) / 6;
            index.Mean!.Value.Should().BeApproximately(expected, 1e-12, "all others is the union of the shown groups, nothing more");
        }
    }

    [Fact]
    public void Build_TwoDirectReportsAndNoOtherGroup_WithheldFromEveryFigure()
    {
        var sets = Sample().Where(s => s.Role is RaterRole.Self or RaterRole.Manager or RaterRole.DirectReport).ToList();

        var t1 = FeedbackDocumentBuilder.Build(Engine, Instrument, sets).Document.Targets[0];

        t1.Report.Groups.Select(g => g.Kind).Should().Equal(FeedbackGroupKind.Self, FeedbackGroupKind.Manager);
        t1.Report.WithheldRaterCount.Should().Be(2);
        t1.Withheld.Should().ContainSingle().Which.Should().Match<WithheldGroup>(w => w.Group == FeedbackGroupKind.DirectReport && !w.IsMerged && w.Raters == 2);
        t1.GetItems(FeedbackGroupKind.Manager)!.Items.Should().OnlyContain(i => i.Count <= 1);
    }

    [Fact]
    public void Json_RealOutput_ValidatesAgainstTheFeedbackSchema()
    {
        // With comments and with both norms, so the optional parts are validated too.
        var norms = new FeedbackOptions
        {
            SelfNorms = Norms.NormTable.Create("s", "S", 2, [Norms.NormIndex.Create(Norms.IndexIds.Leadership, 2, [new Norms.NormPoint(0, 0), new Norms.NormPoint(1, 100)])]).WithPerspective(Norms.NormPerspective.Self),
            ObserverNorms = Norms.NormTable.Create("o", "O", 2, [Norms.NormIndex.Create(Norms.IndexIds.Leadership, 2, [new Norms.NormPoint(0, 0), new Norms.NormPoint(1, 100)])]).WithPerspective(Norms.NormPerspective.Observer),
        };
        var json = JsonFormats.Feedback.Write(FeedbackDocumentBuilder.Build(Engine, Instrument, FeedbackCommentTests.WithComments(), norms).Document);
        json.Should().Contain("\"questionId\"", "the comments are validated too").And.Contain("\"percentiles\"").And.Contain("\"norms\"");
        var schema = JsonSchema.FromText(JsonSchemas.Feedback);

        using var doc = JsonDocument.Parse(json);
        var results = schema.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        results.IsValid.Should().BeTrue(JsonSerializer.Serialize(results));
    }

    [Fact]
    public void Json_NamesNoRespondentButTheTarget()
    {
        var json = JsonFormats.Feedback.Write(FeedbackDocumentBuilder.Build(Engine, Instrument, Sample()).Document);

        foreach (var id in Sample().Select(s => s.RespondentId).Where(id => id != "T1"))
        {
            json.Should().NotContain(id);
        }

        json.Should().Contain("\"targetId\": \"T1\"");
    }

    [Fact]
    public void Json_SameInput_SameBytes()
        => JsonFormats.Feedback.Write(FeedbackDocumentBuilder.Build(Engine, Instrument, Sample()).Document)
            .Should().Be(JsonFormats.Feedback.Write(FeedbackDocumentBuilder.Build(Engine, Instrument, Sample()).Document));

    [Fact]
    public void Schema_MatchesTheFileShippedInThePackage()
    {
        var path = Path.Combine(LeadershipModel.Tests.Serialization.JsonSchemasTests.RepoRoot(), "src", "LeadershipModel", "Schemas", "feedback.v1.schema.json");
        JsonSchemas.Feedback.Should().Be(File.ReadAllText(path));
    }
}
