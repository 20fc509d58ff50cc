using System.Text.Json;
using LeadershipModel.Analysis.Reliability;

namespace LeadershipModel.Analysis.Tests.Reliability;

public sealed class ReliabilityAnalysisTests
{
    private const double Tolerance = 1e-6;

    public static TheoryData<int, bool> Cases() => ReferenceData.CasesOnBothStorages("alpha");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Alpha_PsychReferenceCase_EveryFigureMatchesPsych(int index, bool doubles)
    {
        var expected = ReferenceData.Root.GetProperty("alpha")[index];
        var data = ReferenceData.DataOf(expected, doubles);

        var keys = expected.GetProperty("key").EnumerateArray().Select(k => k.GetString()!).ToArray();
        var scale = ScaleKey.Create(expected.GetProperty("name").GetString()!, keys);

        var result = ReliabilityAnalysis.Alpha(data, scale);

        var total = expected.GetProperty("total");
        var label = $"{expected.GetProperty("data")}/{scale.Name}";
        Check(result.RawAlpha, total, "raw_alpha", label);
        Check(result.StandardizedAlpha, total, "std_alpha", label);
        Check(result.Lambda6, total, "g6", label);
        Check(result.AverageR, total, "average_r", label);
        Check(result.MedianR, total, "median_r", label);
        Check(result.VarianceR, total, "var_r", label);
        Check(result.SignalToNoise, total, "sn", label);
        Check(result.StandardError, total, "ase", label);
        Check(result.Mean, total, "mean", label);
        Check(result.StandardDeviation, total, "sd", label);
        Check(result.FeldtLower, total, "feldt_lower", label);
        Check(result.FeldtUpper, total, "feldt_upper", label);

        var items = expected.GetProperty("items");
        result.Items.Should().HaveCount(items.GetArrayLength());
        for (var i = 0; i < result.Items.Count; i++)
        {
            var e = items[i];
            var a = result.Items[i];
            var itemLabel = $"{label} item {a.Key}";
            a.Key.Should().Be(e.GetProperty("key").GetString());
            a.Count.Should().Be(e.GetProperty("n").GetInt32());
            Check(a.Mean, e, "mean", itemLabel);
            Check(a.StandardDeviation, e, "sd", itemLabel);
            Check(a.RawR, e, "raw_r", itemLabel);
            Check(a.StandardizedR, e, "std_r", itemLabel);
            Check(a.CorrectedR, e, "r_cor", itemLabel);
            Check(a.RDrop, e, "r_drop", itemLabel);
            var d = e.GetProperty("drop");
            Check(a.IfDropped.RawAlpha, d, "raw_alpha", itemLabel + " dropped");
            Check(a.IfDropped.StandardError, d, "alpha_se", itemLabel + " dropped");
            Check(a.IfDropped.StandardizedAlpha, d, "std_alpha", itemLabel + " dropped");
            Check(a.IfDropped.Lambda6, d, "g6", itemLabel + " dropped");
            Check(a.IfDropped.AverageR, d, "average_r", itemLabel + " dropped");
            Check(a.IfDropped.SignalToNoise, d, "sn", itemLabel + " dropped");
            Check(a.IfDropped.VarianceR, d, "var_r", itemLabel + " dropped");
            Check(a.IfDropped.MedianR, d, "median_r", itemLabel + " dropped");
        }
    }

    [Fact]
    public void Alpha_BfiAgreeableness_MatchesPsych25FiguresQuotedInTheSpec()
    {
        var result = ReliabilityAnalysis.Alpha(ReferenceData.Data("bfi"), ScaleKey.Parse("agree=-A1,A2,A3,A4,A5"));

        result.StandardizedAlpha!.Value.Should().BeApproximately(.7126594, 5e-8);
        result.Lambda6!.Value.Should().BeApproximately(.6822795, 5e-8);
        result.AverageR!.Value.Should().BeApproximately(.3315679, 5e-8);
        result.RespondentCount.Should().Be(2800);
        result.Items[0].Key.Should().Be("-A1");
    }

    private static void Check(double? actual, JsonElement e, string name, string label)
        => ReferenceData.ShouldEqual(actual, ReferenceData.Number(e, name), Tolerance, $"{label} {name}");
}
