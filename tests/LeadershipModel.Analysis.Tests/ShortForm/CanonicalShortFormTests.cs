using LeadershipModel.Analysis.ShortForm;
using LeadershipModel.Analysis.Simulation;
using LeadershipModel.Instruments;
using LeadershipModel.Serialization;

namespace LeadershipModel.Analysis.Tests.ShortForm;

/// <summary>The committed canonical short form 2.0.0 is what <c>scripts/select-short-form.cs</c> selects.</summary>
public sealed class CanonicalShortFormTests
{
    [Fact]
    public void SelectionScript_ReproducesTheCommittedSelection_AndShortForm()
    {
        var root = RepositoryRoot();
        var bank = CanonicalInstruments.Full;
        var aspects = File.ReadLines(Path.Combine(root, "docs", "instrument", "item-map.csv")).Skip(1)
            .Select(line => line.Split(','))
            .ToDictionary(cells => cells[0], cells => cells[4]);

        // The recipe of scripts/select-short-form.cs.
        var sample = ResponseSimulator.Simulate(bank, new SimulationOptions { Seed = 20261130, TargetCount = 2000 });
        var choices = ShortFormSelector.Select(bank, sample.ToMatrix(), aspects);

        ShortFormSelector.ToCsv(choices).Should().Be(File.ReadAllText(Path.Combine(root, "docs", "instrument", "short-form-selection.csv")));
        CanonicalInstruments.Short.Items.Select(i => i.Id).Should().Equal(bank.Items.Select(i => i.Id).Where(id => choices.Any(c => c.ItemIds.Contains(id))));
        choices.Should().OnlyContain(c => c.ItemIds.Count == 2 && c.Coverage == 2, "each pole keeps two items from two aspects");
        var committed = JsonFormats.Instrument.Read(File.ReadAllText(Path.Combine(root, "src", "LeadershipModel", "Instruments", "Canonical", "canonical-short.json"))).GetValueOrThrow();
        committed.Should().Be(CanonicalInstruments.Short);
        committed.Should().Be(ShortFormSelector.BuildShortForm(bank, choices, committed.Id, committed.Definition.Description!, committed.Definition.Notes!));
    }

    [Fact]
    public void ItemMap_MatchesTheFullForm_ItemByItem()
    {
        var rows = File.ReadLines(Path.Combine(RepositoryRoot(), "docs", "instrument", "item-map.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        var full = CanonicalInstruments.Full;

        rows.Select(r => r[0]).Should().Equal(full.Items.Select(i => i.Id));
        foreach (var row in rows)
        {
            full.TryGetItem(row[0], out var item).Should().BeTrue();
            var scale = row[1].Length > 0 ? $"{row[1]}/{row[2]}" : $"base/{row[3]}";
            item!.Target.Key.Should().Be(scale, row[0]);
            item.Labels.Should().Be(row[5], row[0]);
        }
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LeadershipModel.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("LeadershipModel.sln not found above " + AppContext.BaseDirectory);
    }
}
