using System.CommandLine;
using LeadershipModel.Analysis.Csv;
using LeadershipModel.Analysis.Responses;
using LeadershipModel.Analysis.Teams;
using LeadershipModel.Cli.Infrastructure;
using LeadershipModel.Cli.Output;
using LeadershipModel.Instruments;
using LeadershipModel.Reporting.Documents;
using LeadershipModel.Reporting;
using LeadershipModel.Scoring;
using LeadershipModel.Serialization;
using LeadershipModel.Teams;
using nietras.SeparatedValues;

namespace LeadershipModel.Cli.Commands;

/// <summary><c>leadership team report FILE</c>: each unit's mixture of managers and leaders.</summary>
internal static class TeamCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<FileInfo>("file") { Description = "A CSV of responses (as 'leadership score' reads), optionally with a column naming each person's unit." };
        var unit = new Option<string?>("--unit") { Description = "The column that names each person's unit (team, department). Without it everyone is one unit." };
        var perspective = new Option<string>("--perspective") { Description = "self (each person's self-assessment, the default) or others (the mean of their published other-rater groups, for 360 data).", DefaultValueFactory = _ => "self" };
        perspective.AcceptOnlyFromAmong("self", "others");
        var minimum = new Option<int>("--minimum") { Description = "The smallest unit shown; smaller units are withheld with their reason.", DefaultValueFactory = _ => 3 };
        minimum.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--minimum must be at least 1.");
            }
        });
        var anonymity = new Option<int>("--anonymity") { Description = "With --perspective others: the smallest group of peers, direct reports or others used (at least 2).", DefaultValueFactory = _ => 3 };
        anonymity.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 2)
            {
                r.AddError("--anonymity must be at least 2: a group of one rater is never used apart.");
            }
        });
        var instrument = new Option<string>("--instrument", "-i") { Description = InstrumentResolver.Help, DefaultValueFactory = _ => CanonicalInstruments.FullId };
        var format = new Option<string>("--format", "-f") { Description = "table (a readable report), json, markdown, html or pdf (needs --out).", DefaultValueFactory = _ => DocumentOutput.Table };
        format.AcceptOnlyFromAmong(DocumentOutput.Formats);
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write to this file instead of standard output." };

        var report = new Command("report", """
            Roll people up into units: per unit, how many are managers, leaders, integrators or disengaged; per
            dimension the quartiles of M and L and whether someone is high on each pole ("a mixture of both");
            and the spread of the follower-conferred share of authority. Units smaller than --minimum are
            withheld, so that a unit's figures never describe one or two individuals.

            Examples:
              leadership team report samples/data/sample-360.csv
              leadership team report samples/data/sample-360.csv --perspective others --format html --out team.html
              leadership team report staff.csv --unit department --minimum 5 --format json
            """)
        {
            file, unit, perspective, minimum, anonymity, instrument, format, output,
        };
        report.SetAction(parse => CommandRunner.Run(console, () =>
        {
            var path = parse.GetValue(file)!;
            var i = InstrumentResolver.Resolve(parse.GetValue(instrument));
            var engine = ScoringEngine.CreateBuilder().AddInstrument(i).Build();
            var unitColumn = parse.GetValue(unit);
            var options = unitColumn is null ? null : new ResponseSetReadOptions { Csv = new CsvReadOptions { GroupingColumns = [unitColumn] } };
            var units = unitColumn is null ? null : ReadUnits(path, unitColumn);
            var scored = ScoredFile.Read(path, i, engine, console, options);
            var result = UnitRollup.Build(scored.Profiles, units is null ? _ => "everyone in the file" : units.GetValueOrDefault, new UnitRollupOptions
            {
                MinimumUnitSize = parse.GetValue(minimum),
                AnonymityThreshold = parse.GetValue(anonymity),
                Perspective = parse.GetValue(perspective) == "others" ? UnitPerspective.Others : UnitPerspective.Self,
            });
            if (result.Units.Count == 0 && result.Withheld.Count == 0)
            {
                throw new CliException($"{path.Name}: nobody to roll up: {(parse.GetValue(perspective) == "others" ? "no person has a published group of other raters" : "the file has no self-assessment; try --perspective others for 360 data")}.");
            }

            DocumentOutput.Write(
                console,
                parse.GetValue(output),
                parse.GetValue(format)!,
                () => JsonFormats.UnitReport.Write(result),
                $"Units in {path.Name}",
                () => UnitReportSections.Build(result, i.Dimensions));
            console.WriteInfo($"{path.Name}: {result.Units.Count} unit{(result.Units.Count == 1 ? "" : "s")} shown, {result.Withheld.Count} withheld{(parse.GetValue(output) is { } o ? $"; wrote {parse.GetValue(format)} to {o}" : "")}.");
            return scored.Rejected > 0 ? ExitCodes.SomeRejected : ExitCodes.Success;
        }));
        var command = new Command("team", "Team and unit roll-ups: the mixture of managers and leaders in each unit.");
        command.Subcommands.Add(report);
        return command;
    }

    /// <summary>Each target's unit: from their own (self) row when there is one, else their first row.</summary>
    private static Dictionary<string, string> ReadUnits(FileInfo file, string column)
    {
        if (!file.Exists)
        {
            throw new CliException($"{file}: no such file.");
        }

        var header = CsvInput.ReadHeader(file);
        if (!header.Contains(column, StringComparer.Ordinal))
        {
            throw new CliException($"{file.Name}:1: --unit names the column '{column}', which the header lacks; it has {string.Join(", ", header.Take(8))}{(header.Count > 8 ? ", …" : "")}.");
        }

        var hasTarget = header.Contains("target", StringComparer.Ordinal);
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        var fromSelf = new HashSet<string>(StringComparer.Ordinal);
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(file.FullName);
        foreach (var row in reader)
        {
            var respondent = row["respondent"].ToString();
            var target = hasTarget && row["target"].ToString() is { Length: > 0 } t ? t : respondent;
            var value = row[column].ToString().Trim();
            if (value.Length == 0)
            {
                continue;
            }

            var self = target == respondent;
            if (!units.ContainsKey(target) || (self && fromSelf.Add(target)))
            {
                units[target] = value;
            }
        }

        return units;
    }
}
