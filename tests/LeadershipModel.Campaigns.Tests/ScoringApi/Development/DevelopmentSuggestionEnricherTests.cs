using LeadershipModel.Instruments;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;
using LeadershipModel.Campaigns.Development;
using LeadershipModel.Campaigns.Tests.ScoringApi.Infrastructure;

namespace LeadershipModel.Campaigns.Tests.ScoringApi.Development;

public sealed class DevelopmentSuggestionEnricherTests
{
    [Fact]
    public void Enrich_OneDimensionLowOnLeadership_SuggestsBuildingItsLeadershipPole()
    {
        // Every pole answered 4, except control-influence's leadership pole, answered at the bottom (keyed).
        var answers = CanonicalInstruments.Full.Items.Select(item =>
        {
            var keyed = item.Target.DimensionId == "control-influence" && item.Target.Pole == PoleKind.Leadership ? 1.0 : 4.0;
            var value = item.Keying == Keying.Reverse ? 6 - keyed : keyed;
            return KeyValuePair.Create(item.Id, (double?)value);
        });
        var set = ResponseSet.Create(CanonicalInstruments.FullId, CanonicalInstruments.Version, "r", answers);

        var profile = ReferenceEngine.Create(1).Score(set).Profile!;

        profile.Extensions.GetValueOrDefault(DevelopmentExtensions.Focus).Should().Be("control-influence");
        profile.Extensions.GetValueOrDefault(DevelopmentExtensions.Suggestion).Should()
            .Be("Control and influence: build the leadership pole (Seek influence); M 0.75, L 0.00.");
    }

    [Fact]
    public void Enrich_BipolarOnlyDimensions_AddsNothing()
    {
        var instrument = InstrumentJsonFor("""
            { "id": "bipolar", "version": "1", "name": "Bipolar",
              "dimensions": [ { "id": "control-influence", "name": "Control and influence", "facet": "Power", "description": "d",
                "managementPole": { "label": "Seek control", "description": "m" },
                "leadershipPole": { "label": "Seek influence", "description": "l" } } ],
              "items": [ { "id": "B1", "text": "Control or influence?", "target": { "dimension": "control-influence" } } ] }
            """);

        var engine = ScoringEngine.CreateBuilder()
            .AddInstrument(instrument)
            .AddEnricher(new DevelopmentSuggestionEnricher(
                Microsoft.Extensions.Options.Options.Create(new DevelopmentSuggestionOptions()),
                Microsoft.Extensions.Logging.Abstractions.NullLogger<DevelopmentSuggestionEnricher>.Instance))
            .Build();
        var result = engine.Score(ResponseSet.Create("bipolar", "1", "r", [KeyValuePair.Create("B1", (double?)2)]));

        result.IsScored.Should().BeTrue(result.Rejection?.ToString());
        result.Profile!.Extensions.Count.Should().Be(0);
    }

    private static Instrument InstrumentJsonFor(string json) => Serialization.JsonFormats.Instrument.Read(json).GetValueOrThrow();
}
