using LeadershipModel.Analysis.Matrix;
using LeadershipModel.Analysis.Reliability;
using LeadershipModel.Analysis.Scoring;
using LeadershipModel.Analysis.Tests.Internal;
using LeadershipModel.Scoring;

namespace LeadershipModel.Analysis.Tests.Scoring;

public sealed class ScaleScoringScoreIntoTests
{
    private static readonly ScaleKey[] Keys =
    [
        ScaleKey.Create("a", "i1", "-i4", "i5", "i9"),
        ScaleKey.Create("b", "-i2", "i3", "i6"),
        ScaleKey.Create("c", "i7", "-i8", "-i10", "i11", "i12", "i13", "i14", "i15", "i16", "i17", "i18", "i19", "i20", "i21", "i22", "i23", "i24", "i25", "i26", "i27", "i28", "i29", "i30", "i31", "i32", "i33", "i34", "i35", "i36", "i4"),
        ScaleKey.Create("d", "i3"),
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(-1)]
    public void ScoreInto_CompactData_EqualsScoreItemsAndTheMeanOfKeyedAnswers(int threads)
    {
        var data = CompactMomentsTests.Random(9_001, 40, seed: 3);
        var options = new ScoreItemsOptions { MaxDegreeOfParallelism = threads };
        var scores = new double[data.RespondentCount * Keys.Length];

        ScaleScoring.ScoreInto(data, Keys, scores, options);
        var full = ScaleScoring.ScoreItems(data, Keys, options);

        var expected = Naive(data, Keys);
        for (var r = 0; r < data.RespondentCount; r++)
        {
            for (var s = 0; s < Keys.Length; s++)
            {
                var got = scores[(r * Keys.Length) + s];
                BitConverter.DoubleToInt64Bits(got).Should().Be(BitConverter.DoubleToInt64Bits(expected[(r * Keys.Length) + s]), $"row {r} scale {s}");
                full.GetScore(r, s).Should().Be(double.IsNaN(got) ? null : got);
            }
        }
    }

    [Fact]
    public void ScoreItems_ParallelAndSequential_GiveIdenticalFigures()
    {
        var data = CompactMomentsTests.Random(50_000, 40, seed: 11);
        var one = ScaleScoring.ScoreItems(data, Keys, new ScoreItemsOptions { MaxDegreeOfParallelism = 1 });
        var many = ScaleScoring.ScoreItems(data, Keys, new ScoreItemsOptions { MaxDegreeOfParallelism = 4 });

        many.Scales.Should().Equal(one.Scales);
    }

    [Fact]
    public void ScoreInto_DoubleData_EqualsScoreItems()
    {
        var data = ResponseMatrix.FromRows([[1.5, 2, 3], [2, double.NaN, 1], [4, 4, double.NaN], [double.NaN, double.NaN, double.NaN]]);
        var keys = new[] { ScaleKey.Create("x", "V1", "-V2"), ScaleKey.Create("y", "V3") };
        var scores = new double[8];

        ScaleScoring.ScoreInto(data, keys, scores);

        var full = ScaleScoring.ScoreItems(data, keys);
        for (var r = 0; r < 4; r++)
        {
            for (var s = 0; s < 2; s++)
            {
                var got = scores[(r * 2) + s];
                full.GetScore(r, s).Should().Be(double.IsNaN(got) ? null : got);
            }
        }
    }

    [Theory]
    [InlineData(ImputationMethod.ItemMedian)]
    [InlineData(ImputationMethod.ItemMean)]
    public void ScoreInto_Imputed_EqualsScoreItems(ImputationMethod impute)
    {
        var data = CompactMomentsTests.Random(2_000, 40, seed: 5);
        var options = new ScoreItemsOptions { Impute = impute };
        var scores = new double[data.RespondentCount * Keys.Length];

        ScaleScoring.ScoreInto(data, Keys, scores, options);

        var full = ScaleScoring.ScoreItems(data, Keys, options);
        for (var r = 0; r < data.RespondentCount; r++)
        {
            for (var s = 0; s < Keys.Length; s++)
            {
                var got = scores[(r * Keys.Length) + s];
                full.GetScore(r, s).Should().Be(double.IsNaN(got) ? null : got);
            }
        }
    }

    [Fact]
    public void ScoreInto_DestinationTooShort_Throws()
    {
        var data = CompactMomentsTests.Random(10, 40, seed: 1);
        var act = () => ScaleScoring.ScoreInto(data, Keys, new double[(10 * Keys.Length) - 1]);

        act.Should().Throw<ArgumentException>().WithParameterName("destination");
    }

    [Fact]
    public void MaxDegreeOfParallelism_Zero_Throws()
    {
        var act = () => new ScoreItemsOptions { MaxDegreeOfParallelism = 0 };

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    /// <summary>The rule written plainly: varying items only, reversed as min + max − x over those items, mean of the answered.</summary>
    private static double[] Naive(ResponseMatrix data, ScaleKey[] keys)
    {
        var all = keys.SelectMany(k => k.Items).Select(i => data.GetItemIndex(i.ItemId)).Distinct().ToList();
        bool Varies(int c)
        {
            var v = Enumerable.Range(0, data.RespondentCount).Select(r => data[r, c]).Where(x => !double.IsNaN(x)).ToList();
            return v.Count > 1 && v.Min() < v.Max();
        }

        var kept = all.Where(Varies).ToHashSet();
        var values = Enumerable.Range(0, data.RespondentCount).SelectMany(r => kept.Select(c => data[r, c])).Where(x => !double.IsNaN(x)).ToList();
        var flip = values.Min() + values.Max();
        var result = new double[data.RespondentCount * keys.Length];
        for (var r = 0; r < data.RespondentCount; r++)
        {
            for (var s = 0; s < keys.Length; s++)
            {
                var sum = 0.0;
                var n = 0;
                foreach (var item in keys[s].Items)
                {
                    var c = data.GetItemIndex(item.ItemId);
                    var x = data[r, c];
                    if (kept.Contains(c) && !double.IsNaN(x))
                    {
                        sum += item.Reversed ? flip - x : x;
                        n++;
                    }
                }

                result[(r * keys.Length) + s] = n == 0 ? double.NaN : sum / n;
            }
        }

        return result;
    }
}
