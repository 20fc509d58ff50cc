using LeadershipModel.Feedback;
using LeadershipModel.Instruments;
using LeadershipModel.Norms;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;
using LeadershipModel.Serialization;

namespace LeadershipModel.Tests.Feedback;

public sealed class FeedbackNormsTests
{
    private static readonly Instrument Instrument = CanonicalInstruments.Short;
    private static readonly ScoringEngine Engine = ScoringEngine.CreateBuilder().AddInstrument(Instrument).Build();

    /// <summary>Norms for the overall leadership index only: a score of 0 is percentile 0, of 1 percentile 100 (self) or
    /// 0 to 50 (observer), so self and observer percentiles of the same mean differ and tell which table was used.</summary>
    private static NormTable Table(NormPerspective perspective, double top) => NormTable.Create(perspective.ToString(), perspective.ToString(), 10,
        [NormIndex.Create(IndexIds.Leadership, 10, [new NormPoint(0, 0), new NormPoint(1, top)])]).WithPerspective(perspective);

    [Fact]
    public void Perspective_RoundTripsThroughJson_AndIsAbsentWhenUnspecified()
    {
        var self = Table(NormPerspective.Self, 100);

        JsonFormats.NormTable.Read(JsonFormats.NormTable.Write(self)).GetValueOrThrow().Perspective.Should().Be(NormPerspective.Self);
        JsonFormats.NormTable.Read(JsonFormats.NormTable.Write(Table(NormPerspective.Observer, 50))).GetValueOrThrow().Perspective.Should().Be(NormPerspective.Observer);
        JsonFormats.NormTable.Write(self.WithPerspective(NormPerspective.Unspecified)).Should().NotContain("perspective");
        self.Should().NotBe(self.WithPerspective(NormPerspective.Observer));
        JsonFormats.NormTable.Read(JsonFormats.NormTable.Write(self).Replace("\"self\"", "\"both\"", StringComparison.Ordinal)).Errors.Should().ContainSingle(e => e.Path == "$.perspective");
    }

    [Fact]
    public void Options_RefuseATableOfTheWrongPerspective()
    {
        FluentActions.Invoking(() => new FeedbackOptions { SelfNorms = Table(NormPerspective.Observer, 50) }).Should().Throw<ArgumentException>().WithMessage("*not of self-ratings*");
        FluentActions.Invoking(() => new FeedbackOptions { ObserverNorms = Table(NormPerspective.Self, 100) }).Should().Throw<ArgumentException>().WithMessage("*not of observers'*");
        FluentActions.Invoking(() => new FeedbackOptions { ObserverNorms = Table(NormPerspective.Unspecified, 100) }).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Percentiles_SelfFromSelfNorms_OthersFromObserverNorms()
    {
        var options = new FeedbackOptions { SelfNorms = Table(NormPerspective.Self, 100), ObserverNorms = Table(NormPerspective.Observer, 50) };
        var report = FeedbackDocumentBuilder.Build(Engine, Instrument, FeedbackDocumentTests.Sample(), options).Document.Targets[0].Report;

        foreach (var group in report.Groups)
        {
            var leadership = group.Get(IndexIds.Leadership)!;
            var expected = group.Kind == FeedbackGroupKind.Self ? 100 * leadership.Mean!.Value : 50 * leadership.Mean!.Value;
            leadership.Percentile.Should().BeApproximately(expected, 1e-9, group.Kind.ToString());
            group.Get(IndexIds.Management)!.Percentile.Should().BeNull("the table norms leadership only");
        }
    }

    [Fact]
    public void Percentiles_OnlySelfNorms_OthersGetNone_AndTheReportSaysSo()
    {
        var options = new FeedbackOptions { SelfNorms = Table(NormPerspective.Self, 100) };
        var document = FeedbackDocumentBuilder.Build(Engine, Instrument, FeedbackDocumentTests.Sample(), options).Document;

        document.Targets[0].Report.Groups.Where(g => g.Kind != FeedbackGroupKind.Self).Should().OnlyContain(g => g.Indices.All(i => i.Percentile == null));
        document.Targets[0].Report.GetGroup(FeedbackGroupKind.Self)!.Get(IndexIds.Leadership)!.Percentile.Should().NotBeNull();
        var json = JsonFormats.Feedback.Write(document);
        json.Should().Contain("self-ratings only").And.Contain("\"observer\": null");
        JsonFormats.Feedback.Write(FeedbackDocumentBuilder.Build(Engine, Instrument, FeedbackDocumentTests.Sample()).Document).Should().NotContain("percentiles").And.NotContain("\"norms\"");
    }
}
