using LeadershipModel.Analysis.Matrix;
using LeadershipModel.Analysis.Reliability;

namespace LeadershipModel.Analysis.Tests.Reliability;

/// <summary>The compact (byte) path of alpha against the row-by-row path over doubles, and against itself on one thread.</summary>
public sealed class ReliabilityAnalysisCompactTests
{
    private static readonly ScaleKey[] Scales =
    [
        ScaleKey.Parse("a=I1,I2"),
        ScaleKey.Parse("b=I3,-I4,I5,-I6"),
        ScaleKey.Parse("c=I1,-I7,I8,I9,I10,I11,I12"),
        ScaleKey.Parse("z=I2,C1,I5,O1"),
        ScaleKey.Parse("r=-I4,-I6,-I12"),
        ScaleKey.Parse("one=I9"),
        ScaleKey.Parse("dead=C1,O1"),
    ];

    [Theory]
    [InlineData(1, 0.0)]
    [InlineData(3_000, 0.1)]
    [InlineData(50_000, 0.2)]
    public void AlphaScales_Compact_EqualsDoubles(int rows, double missing)
    {
        var data = Random(rows, missing, seed: rows);
        data.IsCompact.Should().BeTrue();
        var doubles = ReferenceData.AsDoubles(data);
        foreach (var options in new[] { AlphaOptions.Default, new AlphaOptions { Min = 0, Max = 6 }, new AlphaOptions { Min = 0.5, Max = 5 } })
        {
            var fast = ReliabilityAnalysis.AlphaScales(data, Scales, options);
            for (var i = 0; i < Scales.Length; i++)
            {
                var slow = ReliabilityAnalysis.Alpha(doubles, Scales[i], options);
                Close(fast[i], slow, $"{Scales[i].Name} ({options})");
                ReliabilityAnalysis.Alpha(data, Scales[i], options).Should().Be(fast[i]);
            }
        }
    }

    [Fact]
    public void AlphaScales_Compact_OneThreadEqualsManyBitForBit()
    {
        var data = Random(70_000, 0.15, seed: 5);
        var one = ReliabilityAnalysis.AlphaCompact(data, Scales, AlphaOptions.Default, 1);
        var many = ReliabilityAnalysis.AlphaCompact(data, Scales, AlphaOptions.Default, -1);
        for (var i = 0; i < Scales.Length; i++)
        {
            many[i].Should().Be(one[i]);
            Bits(many[i]).Should().Equal(Bits(one[i]));
        }
    }

    private static ResponseMatrix Random(int rows, double missing, int seed)
    {
        var random = new Random(seed);
        var ids = Enumerable.Range(1, 12).Select(i => $"I{i}").Concat(["C1", "O1"]).ToArray();
        var builder = ResponseMatrix.CreateBuilder(ids);
        var row = new double[ids.Length];
        for (var r = 0; r < rows; r++)
        {
            var trait = random.NextDouble();
            for (var c = 0; c < 12; c++)
            {
                var x = Math.Clamp((int)Math.Round(1 + (4 * ((0.6 * trait) + (0.4 * random.NextDouble())))), 1, 5);
                row[c] = random.NextDouble() < missing ? double.NaN : (c == 5 && x == 5 ? 4 : x);
            }

            row[12] = random.NextDouble() < missing ? double.NaN : 3; // constant
            row[13] = r == 0 ? 2 : double.NaN; // one answer
            builder.AddRow(row);
        }

        return builder.Build();
    }

    /// <summary>Close, not equal: the double path forms its moments in floating point, the compact one from exact integers.</summary>
    private static void Close(AlphaResult fast, AlphaResult slow, string what)
    {
        fast.ItemCount.Should().Be(slow.ItemCount, what);
        fast.ZeroVarianceItems.Should().Equal(slow.ZeroVarianceItems, what);
        var a = Figures(fast);
        var b = Figures(slow);
        a.Count.Should().Be(b.Count, what);
        for (var i = 0; i < a.Count; i++)
        {
            a[i].Name.Should().Be(b[i].Name, what);
            if (a[i].Value is null || b[i].Value is null)
            {
                a[i].Value.Should().Be(b[i].Value, $"{what} {a[i].Name}");
            }
            else
            {
                a[i].Value!.Value.Should().BeApproximately(b[i].Value!.Value, 1e-9 * Math.Max(1, Math.Abs(b[i].Value!.Value)), $"{what} {a[i].Name}");
            }
        }
    }

    private static List<(string Name, double? Value)> Figures(AlphaResult r)
    {
        var list = new List<(string, double?)>();
        Add(list, "", r);
        foreach (var item in r.Items)
        {
            Add(list, item.Key + ".", item);
            Add(list, item.Key + ".drop.", item.IfDropped);
        }

        return list;
    }

    private static void Add(List<(string, double?)> list, string prefix, object o)
    {
        foreach (var p in o.GetType().GetProperties().OrderBy(p => p.Name))
        {
            if (p.PropertyType == typeof(double?) || p.PropertyType == typeof(double) || p.PropertyType == typeof(int))
            {
                list.Add((prefix + p.Name, Convert.ToDouble(p.GetValue(o) ?? double.NaN) is var d && double.IsNaN(d) ? null : d));
            }
        }
    }

    private static List<long> Bits(AlphaResult r) => Figures(r).Select(f => f.Value is { } v ? BitConverter.DoubleToInt64Bits(v) : -1).ToList();
}
