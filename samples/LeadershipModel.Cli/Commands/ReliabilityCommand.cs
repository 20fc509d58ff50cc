using System.CommandLine;
using LeadershipModel.Analysis.Reliability;
using LeadershipModel.Analysis.Scoring;
using LeadershipModel.Cli.Infrastructure;
using LeadershipModel.Cli.Output;
using LeadershipModel.Scoring;

namespace LeadershipModel.Cli.Commands;

/// <summary><c>leadership reliability FILE.csv --scale NAME=ITEM,-ITEM,…</c>: psych's alpha() and scoreItems() for any CSV.</summary>
internal static class ReliabilityCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<FileInfo>("file") { Description = "A CSV file with one column per item (other columns are ignored)." };
        var scales = new Option<string[]>("--scale", "-s")
        {
            Description = "A scale as psych keys it: NAME=ITEM,-ITEM,… ('-' marks a reversed item). Repeat for several scales.",
            Required = true,
            AllowMultipleArgumentsPerToken = false,
        };
        var impute = new Option<string>("--impute")
        {
            Description = "Missing answers in --scores, as scoreItems: none (mean of the items answered), median or mean.",
            DefaultValueFactory = _ => "none",
        };
        impute.AcceptOnlyFromAmong("none", "median", "mean");
        var min = new Option<double?>("--min") { Description = "The smallest answer, for reversing (default: from the data, as psych)." }.Real();
        var max = new Option<double?>("--max") { Description = "The largest answer, for reversing (default: from the data, as psych)." }.Real();
        var encoding = EncodingOption.Create();
        var scores = new Option<FileInfo?>("--scores") { Description = "Write each data row's scale scores (scoreItems) to this CSV file." };
        var format = new Option<string>("--format", "-f") { Description = "table or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");

        var command = new Command("reliability", """
            Reliability as R psych computes it: raw and standardized alpha, Guttman's lambda 6, average and median
            inter-item r, signal/noise, ase, the Feldt 95% interval, the scale mean and sd, and per item n, mean, sd,
            raw.r, std.r, r.drop and alpha if dropped. Figures equal psych's alpha() to 1e-6, missing values included.

            Examples:
              leadership reliability bfi.csv --scale agree=-A1,A2,A3,A4,A5 --scale consc=C1,C2,C3,-C4,-C5
              leadership reliability bfi.csv -s agree=-A1,A2,A3,A4,A5 --format json
              leadership reliability data.csv -s lead=L1,L2,-L3 --scores scores.csv --impute median
            """)
        {
            file, scales, impute, min, max, scores, format, encoding,
        };
        command.SetAction(parse => CommandRunner.Run(console, () => Run(
            console,
            parse.GetValue(file)!,
            parse.GetValue(scales)!,
            parse.GetValue(impute)!,
            parse.GetValue(min),
            parse.GetValue(max),
            parse.GetValue(scores),
            parse.GetValue(format)!,
            EncodingOption.Resolve(parse.GetValue(encoding)))));
        return command;
    }

    private static int Run(CliConsole console, FileInfo file, string[] scaleTexts, string impute, double? min, double? max, FileInfo? scoresFile, string format, System.Text.Encoding? encoding)
    {
        if (min.HasValue != max.HasValue)
        {
            throw new CliException("--min and --max go together.");
        }

        if (min >= max)
        {
            throw new CliException($"--min ({min}) must be less than --max ({max}).");
        }

        var keys = new List<ScaleKey>();
        foreach (var text in scaleTexts)
        {
            try
            {
                keys.Add(ScaleKey.Parse(text));
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException)
            {
                throw new CliException($"--scale {text}: {ex.Message.Split(" (Parameter")[0]}");
            }
        }

        var duplicate = keys.GroupBy(k => k.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new CliException($"--scale: the name '{duplicate.Key}' is used more than once.");
        }

        var named = keys.SelectMany(k => k.Items.Select(i => i.ItemId)).Distinct(StringComparer.Ordinal).ToList();
        var (data, rejected) = CsvInput.ReadItems(file, named, encoding, console);
        foreach (var key in keys)
        {
            try
            {
                key.Validate(data);
            }
            catch (ArgumentException ex)
            {
                throw new CliException($"{file.Name}: {ex.Message.Split(" (Parameter")[0]}");
            }
        }

        var results = ReliabilityAnalysis.AlphaScales(data, keys, new AlphaOptions { Min = min, Max = max });
        if (format == "json")
        {
            ReliabilityJson.Write(console.Output, results, data.RespondentCount);
        }
        else
        {
            ReliabilityTable.Write(console.Out, results, data.RespondentCount);
        }

        if (scoresFile is not null)
        {
            var method = impute switch { "median" => ImputationMethod.ItemMedian, "mean" => ImputationMethod.ItemMean, _ => ImputationMethod.None };
            var scored = ScaleScoring.ScoreItems(data, keys, new ScoreItemsOptions { Impute = method, Min = min, Max = max });
            ScoresCsv.Write(scoresFile.FullName, scored, keys);
            console.WriteInfo($"wrote {data.RespondentCount} rows of {keys.Count} scale score{(keys.Count == 1 ? "" : "s")} to {scoresFile}");
        }

        return rejected > 0 ? ExitCodes.SomeRejected : ExitCodes.Success;
    }
}
