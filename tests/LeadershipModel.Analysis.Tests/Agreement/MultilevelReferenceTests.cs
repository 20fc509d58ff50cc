using System.Text.Json;
using LeadershipModel.Analysis.Agreement;

namespace LeadershipModel.Analysis.Tests.Agreement;

/// <summary>r_wg, r_wg(j), ICC(1), ICC(2) and the pairwise correlation matrix against R (multilevel, psych).</summary>
public sealed class MultilevelReferenceTests
{
    private static JsonElement Agreement => ResearchReference.Root.GetProperty("agreement");

    [Theory]
    [InlineData("rwg_1_5", 5)]
    [InlineData("rwg_1_7", 7)]
    public void Rwg_EqualsMultilevelRwg(string section, int max)
    {
        var groups = ResearchReference.Strings(Agreement.GetProperty("groups"));
        var item = ResearchReference.Numbers(Agreement.GetProperty("item"));

        foreach (var expected in Agreement.GetProperty(section).EnumerateArray())
        {
            var g = expected.GetProperty("group").GetString();
            var ratings = item.Where((_, i) => groups[i] == g).ToArray();
            var rwg = RaterAgreement.Rwg(ratings, 1, max);
            ReferenceData.ShouldEqual(rwg, ReferenceData.Number(expected, "rwg"), 1e-12, $"{section} {g}");
            if (rwg is { } value)
            {
                value.Should().BeInRange(0, 1);
            }
        }
    }

    [Fact]
    public void RwgJ_EqualsMultilevelRwgJ_DroppingIncompleteRows()
    {
        var groups = ResearchReference.Strings(Agreement.GetProperty("groups"));
        var rows = Agreement.GetProperty("items").EnumerateArray().Select(ResearchReference.Numbers).ToList();

        foreach (var expected in Agreement.GetProperty("rwg_j_1_5").EnumerateArray())
        {
            var g = expected.GetProperty("group").GetString();
            var (rwgJ, _, raters) = RaterAgreement.RwgJ(rows.Where((_, i) => groups[i] == g).ToList(), 1, 5);
            ReferenceData.ShouldEqual(rwgJ, ReferenceData.Number(expected, "rwg_j"), 1e-12, $"rwg.j {g}");
            raters.Should().Be(expected.GetProperty("n").GetInt32(), "rwg.j counts complete rows ({0})", g);
        }
    }

    [Fact]
    public void Icc_UnbalancedGroups_BothIcc1VariantsAndIcc2EqualR()
    {
        var icc = ResearchReference.Root.GetProperty("icc");
        var result = RaterAgreement.Icc1(ResearchReference.Strings(icc.GetProperty("groups")), ResearchReference.Numbers(icc.GetProperty("scores")));

        result.Icc1MeanGroupSize!.Value.Should().BeApproximately(icc.GetProperty("icc1_mean_group_size").GetDouble(), 1e-12);
        result.Icc2!.Value.Should().BeApproximately(icc.GetProperty("icc2").GetDouble(), 1e-12);
        result.Icc1!.Value.Should().BeApproximately(icc.GetProperty("icc1_k0").GetDouble(), 1e-12);
        result.GroupSize.Should().BeApproximately(icc.GetProperty("k0").GetDouble(), 1e-12);
        result.MeanSquareBetween!.Value.Should().BeApproximately(icc.GetProperty("msb").GetDouble(), 1e-12);
        result.Icc1.Should().NotBe(result.Icc1MeanGroupSize, "the two group sizes differ on unbalanced data");
    }

    [Fact]
    public void CorrelationMatrix_EqualsRPairwiseCorAndPairwiseCount()
    {
        var c = ResearchReference.Root.GetProperty("correlation");
        var columns = c.GetProperty("data").EnumerateArray().Select(ResearchReference.Numbers).ToList();

        var result = CorrelationMatrix.Compute(ResearchReference.Strings(c.GetProperty("columns")), columns);

        for (var i = 0; i < 4; i++)
        {
            var r = ResearchReference.Numbers(c.GetProperty("r")[i]);
            var n = c.GetProperty("n")[i].EnumerateArray().Select(e => e.GetInt32()).ToArray();
            for (var j = 0; j < 4; j++)
            {
                result[i, j]!.Value.Should().BeApproximately(r[j], 1e-12, $"r[{i},{j}]");
                result.PairCount(i, j).Should().Be(n[j], $"n[{i},{j}]");
            }
        }
    }
}
