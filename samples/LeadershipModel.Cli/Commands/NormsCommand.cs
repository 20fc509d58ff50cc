using System.CommandLine;
using LeadershipModel.Analysis.Csv;
using LeadershipModel.Analysis.Matrix;
using LeadershipModel.Analysis.Norms;
using LeadershipModel.Analysis.Responses;
using LeadershipModel.Cli.Infrastructure;
using LeadershipModel.Instruments;
using LeadershipModel.Norms;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;
using LeadershipModel.Serialization;

namespace LeadershipModel.Cli.Commands;

/// <summary><c>leadership norms build FILE.csv --out norms.json</c>: a norm table from a reference sample.</summary>
internal static class NormsCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("norms", "Build norm tables (percentiles and normalised T-scores) for 'leadership score --norms'.");
        var file = new Argument<FileInfo>("file") { Description = "A CSV of responses from the reference sample (as 'leadership score' reads)." };
        var output = new Option<FileInfo>("--out", "-o") { Description = "The norm table JSON file to write.", Required = true };
        var instrument = new Option<string>("--instrument", "-i") { Description = InstrumentResolver.Help, DefaultValueFactory = _ => CanonicalInstruments.FullId };
        var id = new Option<string>("--id") { Description = "The norm table's id.", DefaultValueFactory = _ => "norms" };
        var name = new Option<string?>("--name") { Description = "The norm table's display name (default: from the file name)." };
        var selfOnly = new Option<bool>("--self-only") { Description = "Use self-assessments only (recommended when the file holds 360 ratings)." };
        var encoding = EncodingOption.Create();
        var observersOnly = new Option<bool>("--observers-only") { Description = "Use others' ratings only (managers, peers, direct reports): norms for 360 feedback from others." };
        var build = new Command("build", """
            Score a reference sample and build a norm table: for every index (overall, per dimension, power bases,
            sources, constructs) its sample size, mean, sd, the empirical distribution for percentiles, and the
            reliability of each scale in the sample (for standard errors of measurement).

            Examples:
              leadership norms build reference.csv --out norms.json
              leadership score new-hires.csv --norms norms.json
              leadership norms build samples/data/sample-360.csv --self-only --out self-norms.json
              leadership norms build samples/data/sample-360.csv --observers-only --out observer-norms.json
            """)
        {
            file, output, instrument, id, name, selfOnly, observersOnly, encoding,
        };
        build.SetAction(parse => CommandRunner.Run(console, () =>
        {
            var path = InputFile.Require(parse.GetValue(file)!);

            var i = InstrumentResolver.Resolve(parse.GetValue(instrument));
            var engine = ScoringEngine.CreateBuilder().AddInstrument(i).Build();
            var csv = new CsvReadOptions { Encoding = EncodingOption.Resolve(parse.GetValue(encoding)) };
            var responses = InstrumentResponseReader.ReadCsvFile(path.FullName, i, new ResponseSetReadOptions { Csv = csv });
            CsvInput.Skipped(console, path, responses.Skipped);
            foreach (var rejection in responses.Rejections)
            {
                console.WriteError(rejection.Message);
            }

            var (onlySelf, onlyObservers) = (parse.GetValue(selfOnly), parse.GetValue(observersOnly));
            if (onlySelf && onlyObservers)
            {
                throw new CliException("--self-only and --observers-only exclude each other.");
            }

            var sets = responses.Sets.Where(s => onlySelf ? s.ResponseSet.Role == RaterRole.Self : !onlyObservers || s.ResponseSet.Role != RaterRole.Self).ToList();
            var builder = new NormTableBuilder(parse.GetValue(id)!, parse.GetValue(name) ?? Path.GetFileNameWithoutExtension(path.Name));
            var rejected = responses.Rejections.Count;
            for (var k = 0; k < sets.Count; k++)
            {
                var result = engine.Score(sets[k].ResponseSet, k);
                if (result.IsScored)
                {
                    builder.Add(result.Profile);
                }
                else
                {
                    rejected++;
                    console.WriteError(sets[k].Source.Describe(result.Rejection));
                }
            }

            if (builder.Count == 0)
            {
                throw new CliException($"{path}: no response set could be scored, so there is nothing to build norms from.");
            }

            builder.AddReliabilities(ResponseMatrix.FromResponseSets(sets.Select(s => s.ResponseSet), i), i);
            // The perspective is recorded so that feedback never ranks self-ratings against others' ratings or back.
            var table = builder.Build().WithPerspective(onlySelf ? NormPerspective.Self : onlyObservers ? NormPerspective.Observer : NormPerspective.Unspecified);
            var outFile = parse.GetValue(output)!;
            File.WriteAllText(outFile.FullName, JsonFormats.NormTable.Write(table));
            console.WriteInfo($"{path.Name}: built norms for {table.Indices.Count} indices from {builder.Count} profiles (rejected {rejected}); wrote {outFile}");
            return rejected > 0 ? ExitCodes.SomeRejected : ExitCodes.Success;
        }));
        command.Subcommands.Add(build);
        return command;
    }
}
