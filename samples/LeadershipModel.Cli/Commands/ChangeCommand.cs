using System.CommandLine;
using LeadershipModel.Analysis.Change;
using LeadershipModel.Cli.Infrastructure;
using LeadershipModel.Cli.Output;
using LeadershipModel.Instruments;
using LeadershipModel.Reporting.Documents;
using LeadershipModel.Reporting;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;
using LeadershipModel.Serialization;

namespace LeadershipModel.Cli.Commands;

/// <summary><c>leadership change PRE.csv POST.csv</c>: reliable change between two administrations.</summary>
internal static class ChangeCommand
{
    public static Command Create(CliConsole console)
    {
        var pre = new Argument<FileInfo>("pre") { Description = "The first administration's responses (CSV, as 'leadership score' reads)." };
        var post = new Argument<FileInfo>("post") { Description = "The second administration's responses." };
        var instrument = new Option<string>("--instrument", "-i") { Description = InstrumentResolver.Help, DefaultValueFactory = _ => CanonicalInstruments.FullId };
        var reliability = new Option<string?>("--reliability")
        {
            Description = "Where reliabilities come from: a norm table file (its reliabilities and standard deviations), or 'sample' for coefficient alpha in the first file. Default: the instrument's declared reliabilities.",
        };
        var z = new Option<double>("--z") { Description = "The critical |RCI| for a reliable change.", DefaultValueFactory = _ => 1.96 };
        z.Validators.Add(r =>
        {
            if (!(r.GetValueOrDefault<double>() > 0))
            {
                r.AddError("--z must be positive.");
            }
        });
        var format = new Option<string>("--format", "-f") { Description = "table (a readable report), json, markdown, html or pdf (needs --out).", DefaultValueFactory = _ => DocumentOutput.Table };
        format.AcceptOnlyFromAmong(DocumentOutput.Formats);
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write to this file instead of standard output." };
        var anonymity = new Option<int>("--anonymity") { Description = "The smallest group of peers, direct reports or others shown apart in 360 data (at least 2).", DefaultValueFactory = _ => 3 };
        anonymity.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 2)
            {
                r.AddError("--anonymity must be at least 2: a group of one rater is never shown apart.");
            }
        });

        var command = new Command("change", """
            Compare two administrations: for every person who rated themselves both times, each index's
            difference and reliable change index (Jacobson & Truax: RCI = (post - pre) / (sqrt(2) x SEM), a reliable
            change when |RCI| > z); for 360 data, each published rater group's difference of means (no RCI); the whole
            sample's paired t test and d_z per index; and everyone present at one time only. The reliability's
            source is named in every output.

            Examples:
              leadership simulate --people 60 --seed 7 --waves 2 --true-change leadership=1 --changed 20 --out team.csv
              leadership change team-wave1.csv team-wave2.csv --reliability sample --format html --out change.html
              leadership change pre.csv post.csv --reliability norms.json --format json
            """)
        {
            pre, post, instrument, reliability, z, format, output, anonymity,
        };
        command.SetAction(parse => CommandRunner.Run(console, () =>
        {
            var i = InstrumentResolver.Resolve(parse.GetValue(instrument));
            var engine = ScoringEngine.CreateBuilder().AddInstrument(i).Build();
            var first = ScoredFile.Read(parse.GetValue(pre)!, i, engine, console);
            var second = ScoredFile.Read(parse.GetValue(post)!, i, engine, console);
            var source = ResolveReliability(parse.GetValue(reliability), first, i);
            Change.ChangeReport report;
            try
            {
                report = ReliableChange.Compare(first.Profiles, second.Profiles, new ReliableChangeOptions { Reliability = source, Z = parse.GetValue(z), AnonymityThreshold = parse.GetValue(anonymity) });
            }
            catch (ArgumentException ex)
            {
                throw new CliException(ex.Message.Split(" (Parameter")[0]);
            }

            DocumentOutput.Write(
                console,
                parse.GetValue(output),
                parse.GetValue(format)!,
                () => JsonFormats.ChangeReport.Write(report),
                $"Change from {first.File.Name} to {second.File.Name}",
                () => ChangeReportSections.Build(report, i.Dimensions));
            var rejected = first.Rejected + second.Rejected;
            console.WriteInfo($"compared {report.People.Count} people ({report.Unmatched.Count} ratings present at one time only); reliability: {report.ReliabilitySource}{(parse.GetValue(output) is { } o ? $"; wrote {parse.GetValue(format)} to {o}" : "")}.");
            return rejected > 0 ? ExitCodes.SomeRejected : ExitCodes.Success;
        }));
        return command;
    }

    private static ChangeReliability ResolveReliability(string? value, ScoredFile first, Instrument instrument)
    {
        if (string.Equals(value, "sample", StringComparison.OrdinalIgnoreCase))
        {
            var selves = first.Sets.Where(s => s.Role == RaterRole.Self).ToList();
            if (selves.Count < 3)
            {
                throw new CliException($"{first.File.Name}: --reliability sample needs at least 3 self-assessments in the first file to estimate alpha; it has {selves.Count}.");
            }

            return ChangeReliability.FromSampleAlpha(selves, instrument);
        }

        if (value is not null)
        {
            return ChangeReliability.FromNormTable(NormsFile.Read(new FileInfo(value)));
        }

        return ChangeReliability.FromInstrument(instrument)
            ?? throw new CliException($"instrument '{instrument.Id}' declares no reliabilities, so reliable change needs --reliability: 'sample' (coefficient alpha in the first file) or a norm table file from 'leadership norms build'.");
    }
}
