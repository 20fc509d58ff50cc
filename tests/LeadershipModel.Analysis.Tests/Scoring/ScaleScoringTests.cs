using System.Text.Json;
using LeadershipModel.Analysis.Reliability;
using LeadershipModel.Analysis.Scoring;
using LeadershipModel.Scoring;

namespace LeadershipModel.Analysis.Tests.Scoring;

public sealed class ScaleScoringTests
{
    public static TheoryData<int, bool> Cases() => ReferenceData.CasesOnBothStorages("score_items");

    [Theory]
    [MemberData(nameof(Cases))]
    public void ScoreItems_PsychReferenceCase_ScoresAndFiguresMatchPsych(int index, bool doubles)
    {
        var expected = ReferenceData.Root.GetProperty("score_items")[index];
        var data = ReferenceData.DataOf(expected, doubles);

        var impute = expected.GetProperty("impute").GetString() switch { "median" => ImputationMethod.ItemMedian, "mean" => ImputationMethod.ItemMean, _ => ImputationMethod.None };
        var scalesJson = expected.GetProperty("scales");
        var keys = scalesJson.EnumerateArray()
            .Select(s => ScaleKey.Create(s.GetProperty("name").GetString()!, s.GetProperty("key").EnumerateArray().Select(k => k.GetString()!)))
            .ToList();

        var result = ScaleScoring.ScoreItems(data, keys, new ScoreItemsOptions { Impute = impute });

        result.RespondentCount.Should().Be(data.RespondentCount);
        for (var s = 0; s < keys.Count; s++)
        {
            var e = scalesJson[s];
            var a = result.Scales[s];
            var label = $"{expected.GetProperty("data")}/{impute}/{keys[s].Name}";
            Check(a.Alpha, e, "alpha", label, 1e-9);
            Check(a.AverageR, e, "average_r", label, 1e-9);
            Check(a.Lambda6, e, "g6", label, 1e-9);
            Check(a.SignalToNoise, e, "sn", label, 1e-9);
            Check(a.MedianR, e, "median_r", label, 1e-9);
            Check(a.StandardError, e, "ase", label, 1e-9);
            var scores = e.GetProperty("scores");
            scores.GetArrayLength().Should().Be(result.RespondentCount);
            var r = 0;
            foreach (var score in scores.EnumerateArray())
            {
                double? want = score.ValueKind == JsonValueKind.Null ? null : score.GetDouble();
                ReferenceData.ShouldEqual(result.GetScore(r, s), want, 1e-9, $"{label} score of row {r + 1}");
                r++;
            }
        }
    }

    private static void Check(double? actual, JsonElement e, string name, string label, double tolerance)
        => ReferenceData.ShouldEqual(actual, ReferenceData.Number(e, name), tolerance, $"{label} {name}");
}
