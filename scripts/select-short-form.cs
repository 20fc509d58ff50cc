#!/usr/bin/env -S dotnet run
// Chooses the canonical short form from the item bank by statistics, not by position, and records the choice.
// Run from the repository root:  dotnet run scripts/select-short-form.cs
// It simulates 2,000 self-ratings of the full form (version 2.0.0) under the documented model (seed 20261130,
// every other option at its default), keeps for each pole and power base the two items that cover the most
// content aspects (docs/instrument/item-map.csv) with the highest alpha, and writes
//   docs/instrument/short-form-selection.csv               the choice and its figures
//   src/LeadershipModel/Instruments/Canonical/canonical-short.json   the short form
// A test (ShortFormSelectionTests) runs the same selection and checks both files are unchanged.
#:project ../src/LeadershipModel/LeadershipModel.csproj
#:project ../src/LeadershipModel.Analysis/LeadershipModel.Analysis.csproj

using System.Globalization;
using LeadershipModel.Analysis.ShortForm;
using LeadershipModel.Analysis.Simulation;
using LeadershipModel.Instruments;
using LeadershipModel.Serialization;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var bank = CanonicalInstruments.Full;
var aspects = File.ReadLines("docs/instrument/item-map.csv").Skip(1)
    .Select(line => line.Split(','))
    .ToDictionary(cells => cells[0], cells => cells[4]);
var sample = ResponseSimulator.Simulate(bank, new SimulationOptions { Seed = 20261130, TargetCount = 2000 });
var choices = ShortFormSelector.Select(bank, sample.ToMatrix(), aspects);

File.WriteAllText("docs/instrument/short-form-selection.csv", ShortFormSelector.ToCsv(choices));
var shortForm = ShortFormSelector.BuildShortForm(
    bank,
    choices,
    CanonicalInstruments.ShortId,
    "The short form of the Management and Leadership Profile 2.0.0: two items per pole of each of the nineteen dimensions and two per power base, chosen from the full form's item bank by scripts/select-short-form.cs (content coverage first, then alpha in simulated data). Same item ids, texts, forms, answer labels and open questions as the full form.",
    "Not yet validated: version 2.0.0 has not been tested on human samples, so its reliability, factor structure and norms are unknown. The items were chosen on simulated data, where items of one scale are parallel: rerun the selection on pilot data before relying on it. Two items per pole make pole scores weak. Scores from version 1.0.0 and version 2.0.0 are not comparable. Use the scores for reflection and research, not for decisions about people.");
File.WriteAllText("src/LeadershipModel/Instruments/Canonical/canonical-short.json", JsonFormats.Instrument.Write(shortForm) + "\n");
Console.WriteLine($"{choices.Count} scales, {shortForm.Items.Count} items; mean alpha {choices.Average(c => c.Alpha):F3}");
