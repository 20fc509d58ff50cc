using System.CommandLine;
using LeadershipModel.Analysis.Responses;
using LeadershipModel.Cli.Infrastructure;
using LeadershipModel.Cli.Output;
using LeadershipModel.Feedback;
using LeadershipModel.Instruments;
using LeadershipModel.Scoring;
using Spectre.Console;

namespace LeadershipModel.Cli.Commands;

/// <summary><c>leadership score [FILE.csv]</c>: score response sets and report them.</summary>
internal static class ScoreCommand
{
    private const long ProgressThresholdBytes = 1 << 20;

    public static Command Create(CliConsole console)
    {
        var file = new Argument<FileInfo?>("file")
        {
            Description = "A CSV of responses: respondent, optional target and role (self, manager, peer, direct-report, other), then one column per item. Omit it to score the bundled sample.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var instrument = new Option<string>("--instrument", "-i") { Description = InstrumentResolver.Help, DefaultValueFactory = _ => CanonicalInstruments.FullId };
        var format = new Option<string>("--format", "-f") { Description = "table (a readable report), json, csv, markdown or html.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong(ReportFormats.All);
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write to this file instead of standard output." };
        var norms = new Option<FileInfo?>("--norms") { Description = "A norm table (JSON, from 'leadership norms build') for percentiles and T-scores." };
        var anonymity = new Option<int>("--anonymity") { Description = "The smallest group of peers, direct reports or others shown apart in 360 reports (2 to 1,000).", DefaultValueFactory = _ => 3 }.Whole(2, 1000);
        var encoding = EncodingOption.Create();
        var parallel = new Option<bool>("--parallel") { Description = "Score the readable reports (table, markdown, html) on every core too; csv and json always stream across every core. Results are identical to sequential scoring." };
        var defaultRole = RaterRules.DefaultRoleOption();

        var command = new Command("score", """
            The analyst's export: json and csv hold every rater's answers and profile under their respondent id, so
            they are not for the person rated (give them 'leadership feedback', which names no rater).

            Score response sets into profiles: per dimension management strength M, leadership strength L,
            orientation L − M, integration √(M·L) and quadrant; overall indices; the authority profile; and, for 360
            data, each person's rater groups and self–other gaps. Rows that cannot be scored are reported with their
            line and reason; the rest are scored. Exit code 2 when some rows were rejected.

            Examples:
              leadership score                                  the bundled sample, as a readable report
              leadership score responses.csv --format html --out report.html
              leadership score responses.csv --format csv --out profiles.csv --parallel
              leadership score responses.csv --instrument my-instrument.json --norms norms.json
            """)
        {
            file, instrument, format, output, norms, anonymity, parallel, encoding, defaultRole,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(console, () => RunAsync(
            console,
            new ScoreRequest(
                parse.GetValue(file),
                parse.GetValue(instrument)!,
                parse.GetValue(format)!,
                parse.GetValue(output),
                parse.GetValue(norms),
                parse.GetValue(anonymity),
                parse.GetValue(parallel),
                EncodingOption.Resolve(parse.GetValue(encoding)),
                RaterRules.ParseDefaultRole(parse.GetValue(defaultRole))),
            cancellationToken)));
        return command;
    }

    public static Task<int> RunDefaultAsync(CliConsole console, CancellationToken cancellationToken) =>
        CommandRunner.RunAsync(console, () => RunAsync(console, new ScoreRequest(null, CanonicalInstruments.FullId, ReportFormats.Table, null, null, 3, false, null, null), cancellationToken));

    private static async Task<int> RunAsync(CliConsole console, ScoreRequest request, CancellationToken cancellationToken)
    {
        var file = InputFile.Require(request.File ?? SampleData.Locate());

        var instrument = InstrumentResolver.Resolve(request.Instrument);
        var builder = ScoringEngine.CreateBuilder().AddInstrument(instrument);
        if (request.Norms is { } normsFile)
        {
            builder.UseNorms(NormsFile.Read(normsFile));
        }

        var engine = builder.Build();
        var csvRejected = 0L;
        Action<string> reportRow = console.WriteError;

        // The file is opened here rather than by the reader so that the progress bar can follow the bytes read.
        using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        var readOptions = RaterRules.ReadOptions(request.DefaultRole, request.Encoding);
        using var reader = InstrumentResponseReader.OpenCsvStream(stream, file.Name, instrument, readOptions, onRejected: r =>
        {
            csvRejected++;
            reportRow(r.Message);
        });
        if (reader.MissingItemIds.Count > 0)
        {
            console.WriteWarning($"{file.Name}: {reader.MissingItemIds.Count} of the {instrument.Items.Count} items of '{instrument.Id}' have no column and count as unanswered: {string.Join(", ", reader.MissingItemIds.Take(8))}{(reader.MissingItemIds.Count > 8 ? ", …" : "")}.");
        }

        ScoringProgress counts;
        if (request.Format == ReportFormats.Csv || (request.Format == ReportFormats.Json && request.Output is not null))
        {
            // The streamed exports: a pipeline across every core, the same bytes as one set after another.
            var (writer, owns) = ReportSink.OpenWriter(request, console);
            try
            {
                var format = request.Format == ReportFormats.Csv ? ScorePipeline.ChunkFormat.Csv(instrument) : ScorePipeline.ChunkFormat.Json();
                counts = await ScorePipelinedAsync(console, engine, reader, format, ReportSink.Bytes(writer), stream, file, reportTo => reportRow = reportTo, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                writer.Flush();
                if (owns)
                {
                    await writer.DisposeAsync().ConfigureAwait(false);
                }
            }
        }
        else
        {
            using var sink = ReportSink.Open(request, instrument, console);
            counts = await ScoreStreamAsync(console, engine, reader, sink, stream, file, request.Parallel, checkSelfRows: request.Format is not (ReportFormats.Json or ReportFormats.Csv), cancellationToken).ConfigureAwait(false);
            sink.Complete(request.Anonymity);
        }

        var rejected = counts.Rejected + csvRejected;
        var skipped = reader.RowsSkipped;
        console.WriteInfo($"{file.Name}: scored {counts.Scored}, rejected {rejected}{(skipped > 0 ? $", skipped {skipped} blank or comment line{(skipped == 1 ? "" : "s")}" : "")}{(request.Output is { } o ? $"; wrote {request.Format} to {o}" : "")}.");
        return rejected > 0 ? ExitCodes.SomeRejected : ExitCodes.Success;
    }

    private static async Task<ScoringProgress> ScorePipelinedAsync(CliConsole console, ScoringEngine engine, ResponseSetCsvReader reader, ScorePipeline.ChunkFormat format, ScorePipeline.ByteWriter write, FileStream input, FileInfo file, Action<Action<string>> routeRowMessages, CancellationToken cancellationToken)
    {
        var raters = new RaterChecker();
        var raterRejected = 0L;
        var pipeline = default(ScorePipeline);

        // Rows rejected while reading are reported in their place among the sets, so messages come in file order.
        IEnumerable<SourcedResponseSet> Sets()
        {
            foreach (var set in reader.ReadAll(cancellationToken))
            {
                // Pure self-assessment rows (no target) can break no rater rule but a repeated respondent; for the
                // streamed exports they skip the check so that a file of millions streams in constant memory.
                if ((set.ResponseSet.TargetId is not null || set.ResponseSet.Role != Responses.RaterRole.Self)
                    && raters.Check(set.ResponseSet, RaterRules.Position(set.Source)) is { } rejection)
                {
                    raterRejected++;
                    pipeline!.Report(RaterRules.Describe(set.Source, rejection));
                    continue;
                }

                yield return set;
            }
        }

        void Run(Action? chunkWritten)
        {
            pipeline = new ScorePipeline(engine, format, write, console.WriteError, Environment.ProcessorCount) { ChunkWritten = chunkWritten };
            routeRowMessages(pipeline.Report);
            pipeline.Run(Sets());
        }

        if (console.ProgressAllowed && file.Length >= ProgressThresholdBytes)
        {
            await console.Err.Progress().AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(ctx =>
                {
                    var task = ctx.AddTask($"scoring {file.Name}", maxValue: input.Length);
                    Run(() =>
                    {
                        task.Value = input.Position;
                        task.Description = $"{file.Name}: {pipeline!.Scored:N0} scored, {pipeline.Rejected + raterRejected:N0} rejected";
                    });
                    task.Value = input.Length;
                    task.StopTask();
                    return Task.CompletedTask;
                }).ConfigureAwait(false);
        }
        else
        {
            Run(null);
        }

        return new ScoringProgress(pipeline!.Scored + pipeline.Rejected, pipeline.Scored, pipeline.Rejected + raterRejected);
    }

    private static async Task<ScoringProgress> ScoreStreamAsync(CliConsole console, ScoringEngine engine, ResponseSetCsvReader reader, ReportSink sink, FileStream input, FileInfo file, bool parallel, bool checkSelfRows, CancellationToken cancellationToken)
    {
        // Results come back in input order, a chunk at a time, so the sources wait in a queue no longer than a chunk.
        var sources = new Queue<ResponseSetSource>();
        var raters = new RaterChecker();
        var raterRejected = 0L;
        async IAsyncEnumerable<Responses.ResponseSet> Sets()
        {
            await foreach (var set in reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                // Pure self-assessment rows (no target) can break no rater rule but a repeated respondent; for the
                // streamed exports (json, csv) they skip the check so that a file of millions streams in constant memory.
                if ((checkSelfRows || set.ResponseSet.TargetId is not null || set.ResponseSet.Role != Responses.RaterRole.Self)
                    && raters.Check(set.ResponseSet, RaterRules.Position(set.Source)) is { } rejection)
                {
                    raterRejected++;
                    console.WriteError(RaterRules.Describe(set.Source, rejection));
                    continue;
                }

                sources.Enqueue(set.Source);
                yield return set.ResponseSet;
            }
        }

        var options = new StreamScoringOptions { ChunkSize = 1024, MaxDegreeOfParallelism = parallel ? -1 : 1 };
        var last = default(ScoringProgress);

        async Task Run(IProgress<ScoringProgress>? progress)
        {
            await foreach (var result in engine.ScoreAsync(Sets(), options, progress, cancellationToken).ConfigureAwait(false))
            {
                var source = sources.Dequeue();
                if (result.IsScored)
                {
                    last = last with { Processed = last.Processed + 1, Scored = last.Scored + 1 };
                    sink.Add(result.Profile);
                }
                else
                {
                    last = last with { Processed = last.Processed + 1, Rejected = last.Rejected + 1 };
                    console.WriteError(source.Describe(result.Rejection));
                }
            }
        }

        if (console.ProgressAllowed && file.Length >= ProgressThresholdBytes)
        {
            await console.Err.Progress().AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask($"scoring {file.Name}", maxValue: input.Length);
                    await Run(new Progress<ScoringProgress>(p =>
                    {
                        task.Value = input.Position;
                        task.Description = $"{file.Name}: {p.Scored:N0} scored, {p.Rejected:N0} rejected";
                    })).ConfigureAwait(false);
                    task.Value = input.Length;
                    task.StopTask();
                }).ConfigureAwait(false);
        }
        else
        {
            await Run(null).ConfigureAwait(false);
        }

        return last with { Rejected = last.Rejected + raterRejected };
    }
}

/// <summary>What <c>leadership score</c> was asked to do.</summary>
internal sealed record ScoreRequest(FileInfo? File, string Instrument, string Format, FileInfo? Output, FileInfo? Norms, int Anonymity, bool Parallel, System.Text.Encoding? Encoding, Responses.RaterRole? DefaultRole);
