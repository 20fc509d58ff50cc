using LeadershipModel.Instruments;
using LeadershipModel.Responses;

namespace LeadershipModel.Benchmarks;

/// <summary>Deterministic inputs shared by the benchmarks.</summary>
public static class BenchmarkData
{
    /// <summary>Answers for an instrument: a fixed pattern over 1–5 with about 1% missing, varying by respondent.</summary>
    public static ResponseSet Respondent(Instrument instrument, int respondent)
    {
        var answers = new KeyValuePair<string, double?>[instrument.Items.Count];
        var state = (uint)(respondent * 2654435761u + 12345u);
        for (var i = 0; i < answers.Length; i++)
        {
            state = (state * 1664525u) + 1013904223u;
            var missing = (state >> 8) % 100 == 0;
            answers[i] = KeyValuePair.Create(instrument.Items[i].Id, missing ? null : (double?)(1 + ((state >> 16) % 5)));
        }

        return ResponseSet.Create(instrument.Id, instrument.Version, "r" + respondent, answers);
    }
}
