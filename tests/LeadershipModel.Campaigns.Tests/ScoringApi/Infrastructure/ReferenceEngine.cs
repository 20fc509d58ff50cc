using LeadershipModel.Instruments;
using LeadershipModel.Norms;
using LeadershipModel.Scoring;
using LeadershipModel.Serialization;
using LeadershipModel.Campaigns.Development;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LeadershipModel.Campaigns.Tests.ScoringApi.Infrastructure;

/// <summary>A scoring engine built the way the web API builds its own, without the container: the expected values.</summary>
internal static class ReferenceEngine
{
    private static readonly Lazy<Instrument> PulseInstrument = new(() => JsonFormats.Instrument.Read(File.ReadAllText(SamplePaths.AcmePulse)).GetValueOrThrow());
    private static readonly Lazy<NormTable> NormTable = new(() => JsonFormats.NormTable.Read(File.ReadAllText(SamplePaths.CompanyNorms)).GetValueOrThrow());
    private static readonly Lazy<ScoringEngine> Default = new(() => Create(2));

    public static Instrument AcmePulse => PulseInstrument.Value;

    public static NormTable CompanyNorms => NormTable.Value;

    public static ScoringEngine Instance => Default.Value;

    public static ScoringEngine Create(int suggestionCount)
    {
        var builder = ScoringEngine.CreateBuilder();
        foreach (var instrument in CanonicalInstruments.All.Append(AcmePulse))
        {
            builder.AddInstrument(instrument);
        }

        return builder
            .UseNorms(CompanyNorms)
            .AddEnricher(new DevelopmentSuggestionEnricher(
                Options.Create(new DevelopmentSuggestionOptions { Count = suggestionCount }),
                NullLogger<DevelopmentSuggestionEnricher>.Instance))
            .Build();
    }
}
