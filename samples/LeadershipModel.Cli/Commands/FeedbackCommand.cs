using System.CommandLine;
using System.Text;
using LeadershipModel.Analysis.Responses;
using LeadershipModel.Cli.Infrastructure;
using LeadershipModel.Feedback;
using LeadershipModel.Instruments;
using LeadershipModel.Norms;
using LeadershipModel.Reporting.Feedback;
using LeadershipModel.Reporting.Pdf;
using LeadershipModel.Reporting;
using LeadershipModel.Scoring;
using LeadershipModel.Serialization;

namespace LeadershipModel.Cli.Commands;

/// <summary><c>leadership feedback FILE</c>: the 360 feedback report each person may see, with no rater named.</summary>
internal static class FeedbackCommand
{
    private static readonly string[] Formats = ["table", "markdown", "html", "json", "pdf"];

    public static Command Create(CliConsole console)
    {
        var file = new Argument<FileInfo>("file") { Description = "A CSV of 360 responses: respondent, target, role (self, manager, peer, direct-report, other), then one column per item." };
        var instrument = new Option<string>("--instrument", "-i") { Description = InstrumentResolver.Help, DefaultValueFactory = _ => CanonicalInstruments.FullId };
        var format = new Option<string>("--format", "-f") { Description = "table (readable text), markdown, html, pdf (needs --out) or json (every person, for host applications).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write to this file; with several people and no --target, a folder that receives <person>.<ext>." };
        var target = new Option<string?>("--target", "-t") { Description = "The person whose report to write." };
        var norms = new Option<FileInfo[]>("--norms")
        {
            Description = "A norm table (from 'leadership norms build --self-only' or '--observers-only'); give it twice for both. Self is ranked against self norms, others against observer norms.",
            AllowMultipleArgumentsPerToken = false,
        };
        var anonymity = new Option<int>("--anonymity") { Description = "The least number of people in a peer, direct-report or other group shown (at least 2).", DefaultValueFactory = _ => 3 };
        anonymity.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 2)
            {
                r.AddError("--anonymity must be at least 2: a group of one rater is never shown apart.");
            }
        });
        var defaultRole = RaterRules.DefaultRoleOption();
        var command = new Command("feedback", """
            Write the 360 feedback report each person may see: how others see them first, their own rating beside it,
            every dimension and item by rater group, the highest and lowest items, blind spots and hidden strengths,
            authority as others see it, withheld groups with reasons, a development plan and what every number means.
            No rater is named; peers, direct reports and others are shown only in groups of at least --anonymity
            distinct people. Rows that break the rater rules (an empty or unknown role, a self row by someone else,
            the person as their own observer, a second rating by the same person) are rejected with their lines.
            Exit code 2 when some rows were rejected.

            Examples:
              leadership feedback samples/data/sample-360.csv --target T1
              leadership feedback samples/data/sample-360.csv --target T1 --format pdf --out t1.pdf
              leadership feedback samples/data/sample-360.csv --format html --out reports
              leadership feedback samples/data/sample-360.csv --format json --out feedback.json
              leadership feedback samples/data/sample-360.csv --target T1 --norms self-norms.json --norms observer-norms.json
            """)
        {
            file, instrument, format, output, target, anonymity, defaultRole, norms,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(console, () => Task.FromResult(Run(
            console,
            parse.GetValue(file)!,
            parse.GetValue(instrument)!,
            parse.GetValue(format)!,
            parse.GetValue(output),
            parse.GetValue(target),
            parse.GetValue(anonymity),
            RaterRules.ParseDefaultRole(parse.GetValue(defaultRole)),
            parse.GetValue(norms) ?? []))));
        return command;
    }

    private static int Run(CliConsole console, FileInfo file, string instrumentName, string format, FileInfo? output, string? targetId, int anonymity, Responses.RaterRole? defaultRole, FileInfo[] normFiles)
    {
        var options = WithNorms(new FeedbackOptions { AnonymityThreshold = anonymity }, normFiles);
        if (!file.Exists)
        {
            throw new CliException($"{file}: no such file.");
        }

        var instrument = InstrumentResolver.Resolve(instrumentName);
        var engine = ScoringEngine.CreateBuilder().AddInstrument(instrument).Build();
        var csvRejected = 0;
        List<SourcedResponseSet> sets;
        using (var reader = InstrumentResponseReader.OpenCsvFile(file.FullName, instrument, RaterRules.ReadOptions(defaultRole), r =>
        {
            csvRejected++;
            console.WriteError(r.Message);
        }))
        {
            sets = [.. reader.ReadAll()];
        }

        var result = FeedbackDocumentBuilder.Build(engine, instrument, sets.Select(s => s.ResponseSet).ToList(), options);
        foreach (var rejection in result.RaterRejections)
        {
            var earlier = rejection.EarlierIndex is { } e ? rejection with { EarlierIndex = RaterRules.Position(sets[e].Source) } : rejection;
            console.WriteError(RaterRules.Describe(sets[rejection.Index].Source, earlier));
        }

        foreach (var rejection in result.ScoringRejections)
        {
            console.WriteError(sets[(int)rejection.Index].Source.Describe(rejection));
        }

        var document = result.Document;
        if (targetId is not null)
        {
            var chosen = document.Targets.FirstOrDefault(t => t.TargetId == targetId)
                ?? throw new CliException($"{file.Name}: nobody with the id '{targetId}' was rated; the people rated are {string.Join(", ", document.Targets.Take(10).Select(t => t.TargetId))}{(document.Targets.Count > 10 ? ", …" : "")}.");
            document = document with { Targets = [chosen] };
        }

        if (document.Targets.Count == 0)
        {
            throw new CliException($"{file.Name}: no rating could be used, so there is no feedback to write.");
        }

        if (format == "pdf" && output is null)
        {
            throw new CliException("--format pdf writes a file: give --out FILE.pdf (or --out FOLDER for several people).");
        }

        if (format == "json")
        {
            WriteTo(console, output, w => w.Write(JsonFormats.Feedback.Write(document)));
        }
        else if (document.Targets.Count == 1 && format == "pdf")
        {
            using var stream = File.Create(output!.FullName);
            PdfReport.WriteFeedback(stream, document, document.Targets[0], instrument.Dimensions);
        }
        else if (document.Targets.Count == 1)
        {
            WriteTo(console, output, w => w.Write(FeedbackReportWriter.Render(format, document, document.Targets[0], instrument.Dimensions)));
        }
        else if (output is null)
        {
            throw new CliException($"{file.Name} rates {document.Targets.Count} people: pick one with --target ID, or give --out FOLDER for one report each.");
        }
        else
        {
            var folder = Directory.CreateDirectory(output.FullName);
            var extension = format switch { "markdown" => "md", "html" => "html", "pdf" => "pdf", _ => "txt" };
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var t in document.Targets)
            {
                var name = FileName(t.TargetId);
                for (var n = 2; !used.Add(name); n++)
                {
                    name = FileName(t.TargetId) + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                var path = Path.Combine(folder.FullName, name + "." + extension);
                if (format == "pdf")
                {
                    using var stream = File.Create(path);
                    PdfReport.WriteFeedback(stream, document, t, instrument.Dimensions);
                }
                else
                {
                    File.WriteAllText(path, FeedbackReportWriter.Render(format, document, t, instrument.Dimensions), new UTF8Encoding(false));
                }
            }
        }

        var rejected = csvRejected + result.RaterRejections.Count + result.ScoringRejections.Count;
        var usedSets = sets.Count - result.RaterRejections.Count - result.ScoringRejections.Count;
        console.WriteInfo($"{file.Name}: {usedSets} ratings used, {rejected} rejected; feedback for {document.Targets.Count} {(document.Targets.Count == 1 ? "person" : "people")}{(output is { } o ? $" written to {o}" : "")}.");
        return rejected > 0 ? ExitCodes.SomeRejected : ExitCodes.Success;
    }

    private static void WriteTo(CliConsole console, FileInfo? output, Action<TextWriter> write)
    {
        if (output is null)
        {
            write(console.Output);
            return;
        }

        using var writer = new StreamWriter(output.FullName, append: false, new UTF8Encoding(false));
        write(writer);
    }

    /// <summary>A file name from a person's id: letters, digits, '-' and '_' kept, anything else (path separators, dots) replaced.</summary>
    internal static string FileName(string id)
    {
        var name = new string(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());
        return name.Length == 0 ? "_" : name;
    }

    private static FeedbackOptions WithNorms(FeedbackOptions options, FileInfo[] files)
    {
        foreach (var file in files)
        {
            var table = NormsFile.Read(file);
            options = table.Perspective switch
            {
                NormPerspective.Self when options.SelfNorms is null => options with { SelfNorms = table },
                NormPerspective.Observer when options.ObserverNorms is null => options with { ObserverNorms = table },
                NormPerspective.Unspecified => throw new CliException($"{file}: the norm table does not say whether it holds self-ratings or others' ratings, and the two are not mixed; build it with 'leadership norms build --self-only' or '--observers-only'."),
                _ => throw new CliException($"{file}: a second norm table of {(table.Perspective == NormPerspective.Self ? "self-ratings" : "others' ratings")}; give at most one of each."),
            };
        }

        return options;
    }
}
