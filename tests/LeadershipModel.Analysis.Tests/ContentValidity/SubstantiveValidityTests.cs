using LeadershipModel.Analysis.ContentValidity;
using LeadershipModel.Analysis.Tests.ShortForm;
using LeadershipModel.Instruments;

namespace LeadershipModel.Analysis.Tests.ContentValidity;

public sealed class SubstantiveValidityTests
{
    private static KeyValuePair<string, IReadOnlyList<string?>> Sort(string item, params string?[] choices) => new(item, choices);

    /// <summary>
    /// A worked example with ten judges, computed by hand from psa = n_c / N and csv = (n_c − n_o) / N:
    /// A: 8 of 10 chose its scale S, 2 chose T: psa = .8, csv = (8 − 2)/10 = .6.
    /// B: 5 chose S, 4 chose T, 1 chose U: psa = .5, csv = (5 − 4)/10 = .1.
    /// C: 3 chose S, 6 chose T, 1 did not sort it (N = 9): psa = 3/9, csv = (3 − 6)/9 = −1/3.
    /// D: all 10 chose S: psa = 1, csv = 1, no other scale.
    /// </summary>
    [Fact]
    public void Compute_WorkedExample_GivesTheHandComputedIndices()
    {
        var intended = new Dictionary<string, string> { ["A"] = "S", ["B"] = "S", ["C"] = "S", ["D"] = "S" };
        string[] ten(int s, int t, int u) => [.. Enumerable.Repeat("S", s), .. Enumerable.Repeat("T", t), .. Enumerable.Repeat("U", u)];

        var results = SubstantiveValidity.Compute(
            [Sort("A", ten(8, 2, 0)), Sort("B", ten(5, 4, 1)), Sort("C", [.. ten(3, 6, 0), ""]), Sort("D", ten(10, 0, 0))],
            intended);

        results.Select(r => (r.ItemId, r.Judges, r.Correct, r.HighestOther, r.HighestOtherScale)).Should().Equal(
            ("A", 10, 8, 2, "T"), ("B", 10, 5, 4, "T"), ("C", 9, 3, 6, "T"), ("D", 10, 10, 0, (string?)null));
        results.Select(r => r.ProportionOfAgreement).Should().Equal([0.8, 0.5, 3.0 / 9, 1.0], (a, b) => Math.Abs(a - b) < 1e-12);
        results.Select(r => r.Coefficient).Should().Equal([0.6, 0.1, -1.0 / 3, 1.0], (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void Compute_ItemWithoutIntendedScale_Throws()
        => FluentActions.Invoking(() => SubstantiveValidity.Compute([Sort("Z", "S")], new Dictionary<string, string>()))
            .Should().Throw<ArgumentException>().WithMessage("*'Z'*");

    [Fact]
    public void SortingTemplate_ListsEveryItemOnce_UnderANeutralId_WithEmptyJudgeColumns()
    {
        var root = CanonicalShortFormTests.RepositoryRoot();
        var template = File.ReadLines(Path.Combine(root, "docs", "instrument", "sorting-template.csv")).ToList();
        var key = File.ReadLines(Path.Combine(root, "docs", "instrument", "sorting-key.csv")).Skip(1).Select(l => l.Split(',')).ToDictionary(c => c[0], c => c[1]);

        template[0].Should().Be("sortId,text,judge-1,judge-2,judge-3,judge-4,judge-5");
        template.Skip(1).Should().OnlyContain(l => l.EndsWith(",,,,,", StringComparison.Ordinal) && l.StartsWith('Q'));
        key.Values.Should().BeEquivalentTo(CanonicalInstruments.Full.Items.Select(i => i.Id));
        foreach (var line in template.Skip(1))
        {
            var id = line[..4];
            line.Should().Contain(CanonicalInstruments.Full.Items.Single(i => i.Id == key[id]).Text.Default.Split(',')[0], id);
        }
    }

    [Fact]
    public void DefinitionsTable_NamesEveryScaleOfTheInstrument()
    {
        var table = File.ReadAllText(Path.Combine(CanonicalShortFormTests.RepositoryRoot(), "docs", "instrument", "definitions.md"));

        foreach (var scale in CanonicalInstruments.Full.Scales)
        {
            table.Should().Contain($"| `{scale.Target.Key}` |", scale.Target.Key);
        }
    }
}
