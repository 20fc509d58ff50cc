using System.CommandLine;
using System.Globalization;
using LeadershipModel.Analysis.Simulation;
using LeadershipModel.Cli.Infrastructure;
using LeadershipModel.Responses;

namespace LeadershipModel.Cli.Commands;

/// <summary><c>leadership simulate</c>: simulated responses from known latent scores, reproducible from a seed.</summary>
internal static class SimulateCommand
{
    public static Command Create(CliConsole console)
    {
        var instrument = new Option<string>("--instrument", "-i") { Description = InstrumentResolver.Help, DefaultValueFactory = _ => Instruments.CanonicalInstruments.FullId };
        var people = new Option<int>("--people", "-n") { Description = "How many people (targets) to simulate (1 to 10,000,000).", Required = true }.Whole(1, 10_000_000);
        var raters = new Option<string?>("--raters")
        {
            Description = "Who rates each person besides themselves, as ROLE=COUNT,… with roles manager, peer, direct-report, other (e.g. manager=1,peer=3,direct-report=4). Self-assessments only when omitted.",
        };
        var seed = new Option<ulong>("--seed") { Description = "The seed: the same seed and options give the same file, byte for byte.", Required = true }.Whole();
        var output = new Option<FileInfo>("--out", "-o") { Description = "The CSV file to write (respondent, target, role, then the items).", Required = true };
        var model = new Option<string>("--model") { Description = "graded (graded-response IRT, the default) or tau-equivalent.", DefaultValueFactory = _ => "graded" };
        model.AcceptOnlyFromAmong("graded", "tau-equivalent");
        var reliability = new Option<double>("--reliability") { Description = "The reliability every scale is built to have, in (0, 1).", DefaultValueFactory = _ => 0.8 }.Real(r => r is > 0 and < 1, "a number between 0 and 1, such as 0.8");
        var missing = new Option<double>("--missing") { Description = "The share of answers left missing at random, in [0, 1).", DefaultValueFactory = _ => 0 }.Real(m => m is >= 0 and < 1, "a number from 0 up to but not including 1");
        var waves = new Option<int>("--waves") { Description = "How many administrations to simulate; with 2 or more, --out FILE.csv becomes FILE-wave1.csv, FILE-wave2.csv, ….", DefaultValueFactory = _ => 1 };
        waves.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--waves must be at least 1.");
            }
        });
        var trueChange = new Option<string?>("--true-change")
        {
            Description = "Changes of the true scores planted in each later wave, as INDEXID=DELTA,… in latent standard deviations; index ids as norm tables name them (leadership, management, control-influence/leadership, base/referent, …).",
        };
        var changed = new Option<int?>("--changed") { Description = "Plant the changes in the first N people only (default: everyone), so that the report can show who changed and who did not." };
        var selfBias = new Option<double>("--self-bias") { Description = "How much higher (in latent units) people rate themselves than others see them.", DefaultValueFactory = _ => 0.3 }.Real(b => Math.Abs(b) <= 10, "a number from -10 to 10");
        var comments = new Option<bool>("--comments") { Description = "Also answer the instrument's open questions with short neutral comments, one column per question." };

        var command = new Command("simulate", """
            Simulate response sets from known latent strengths (graded-response or tau-equivalent model), with
            raters who see each person with error, and write them as a CSV that 'leadership score' reads.

            Examples:
              leadership simulate --people 100 --seed 1 --out self.csv
              leadership simulate --people 4 --raters manager=1,peer=3,direct-report=4 --seed 20261127 --comments --out sample-360.csv
              leadership simulate --people 60 --seed 7 --waves 2 --true-change leadership=1 --changed 20 --out team.csv
            """)
        {
            instrument, people, raters, seed, output, model, reliability, missing, selfBias, waves, trueChange, changed, comments,
        };
        command.SetAction(parse => CommandRunner.Run(console, () =>
        {
            var i = InstrumentResolver.Resolve(parse.GetValue(instrument));
            var groups = ParseRaters(parse.GetValue(raters), parse.GetValue(selfBias));
            SimulationOptions options;
            try
            {
                options = new SimulationOptions
                {
                    Seed = parse.GetValue(seed),
                    TargetCount = parse.GetValue(people),
                    Model = parse.GetValue(model) == "tau-equivalent" ? ResponseModel.TauEquivalent : ResponseModel.GradedResponse,
                    Reliability = parse.GetValue(reliability),
                    MissingRate = parse.GetValue(missing),
                    Raters = groups,
                    TrueChanges = ParseChanges(parse.GetValue(trueChange)),
                    ChangedTargetCount = parse.GetValue(changed),
                    Comments = parse.GetValue(comments),
                };
            }
            catch (ArgumentException ex)
            {
                throw new CliException(ex.Message.Split(" (Parameter")[0]);
            }

            // Written while generated, so memory does not grow with --people.
            var file = parse.GetValue(output)!;
            var count = parse.GetValue(waves);
            if (count == 1 && options.TrueChanges.Count > 0)
            {
                throw new CliException("--true-change plants a change between waves: add --waves 2.");
            }

            for (var w = 1; w <= count; w++)
            {
                var target = count == 1 ? file : new FileInfo(Path.Combine(file.DirectoryName ?? ".", $"{Path.GetFileNameWithoutExtension(file.Name)}-wave{w}{file.Extension}"));
                long written;
                try
                {
                    using var writer = new StreamWriter(Output.DirectFileStream.Create(target.FullName), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
                    written = ResponseSimulator.WriteCsv(i, options with { Wave = w }, writer);
                }
                catch (ArgumentException ex)
                {
                    throw new CliException(ex.Message.Split(" (Parameter")[0]);
                }

                console.WriteInfo($"wrote {written} response sets for {options.TargetCount} people to {target}{(count > 1 ? $" (wave {w})" : "")}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    internal static EquatableArray<TrueChange> ParseChanges(string? text)
    {
        var changes = new List<TrueChange>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pieces.Length != 2 || pieces[0].Length == 0 || !double.TryParse(pieces[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var delta) || !double.IsFinite(delta))
            {
                throw new CliException($"--true-change: '{part}' is not INDEXID=DELTA (such as leadership=0.8 or control-influence/leadership=-0.5).");
            }

            if (changes.Any(c => c.IndexId == pieces[0]))
            {
                throw new CliException($"--true-change: the index '{pieces[0]}' is given twice.");
            }

            changes.Add(new TrueChange(pieces[0], delta));
        }

        return [.. changes];
    }

    internal static EquatableArray<RaterGroup> ParseRaters(string? text, double selfBias)
    {
        var groups = new List<RaterGroup> { new(RaterRole.Self, 1, bias: selfBias) };
        if (string.IsNullOrWhiteSpace(text))
        {
            return [.. groups];
        }

        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pieces.Length != 2 || !RaterRoles.TryParse(pieces[0], out var role) || role == RaterRole.Self)
            {
                throw new CliException($"--raters: '{part}' is not ROLE=COUNT with a role of manager, peer, direct-report or other.");
            }

            if (!int.TryParse(pieces[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 0)
            {
                throw new CliException($"--raters: '{pieces[1]}' in '{part}' is not a count.");
            }

            if (groups.Any(g => g.Role == role))
            {
                throw new CliException($"--raters: the role '{pieces[0]}' is given twice.");
            }

            if (count > 0)
            {
                groups.Add(new RaterGroup(role, count, leniencyStandardDeviation: 0.2, noiseStandardDeviation: 0.3));
            }
        }

        return [.. groups];
    }
}
