using LeadershipModel.Instruments;
using LeadershipModel.Responses;
using LeadershipModel.Serialization;

namespace LeadershipModel.Campaigns.Tests.ScoringApi.Infrastructure;

/// <summary>Response sets for the tests, made deterministically from an instrument's items.</summary>
internal static class ResponseSets
{
    /// <summary>Answers every item with a value cycling through the scale (1, 2, 3, 4, 5, 1, …, shifted by <paramref name="seed"/>).</summary>
    public static ResponseSet Answering(Instrument instrument, string respondentId, int seed = 0)
        => ResponseSet.Create(
            instrument.Id,
            instrument.Version,
            respondentId,
            instrument.Items.Select((item, i) => KeyValuePair.Create(item.Id, (double?)(1 + ((i * 7 + seed) % 5)))));

    public static ResponseSet Canonical(string respondentId = "r-001", int seed = 0) => Answering(CanonicalInstruments.Full, respondentId, seed);

    /// <summary>A set of the canonical full form 1.0.0 (94 items): 5,000 of them are the 6.3 MB batch of the robustness issue's memory bound.</summary>
    public static ResponseSet CanonicalVersion1(string respondentId = "r-001", int seed = 0)
    {
        return CanonicalInstruments.TryGet(CanonicalInstruments.FullId, CanonicalInstruments.Version1, out var instrument)
            ? Answering(instrument, respondentId, seed)
            : throw new InvalidOperationException("The canonical full form 1.0.0 is not registered.");
    }

    public static string Json(ResponseSet set) => JsonFormats.ResponseSet.Write(set, indented: false);

    public static string Json(IEnumerable<ResponseSet> sets) => JsonFormats.ResponseSets.Write(sets.ToEquatableArray(), indented: false);
}
