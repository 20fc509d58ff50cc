using System.Globalization;
using System.Text;
using CsCheck;
using LeadershipModel.Analysis.Responses;
using LeadershipModel.Cli.Output;
using LeadershipModel.Instruments;
using LeadershipModel.Scoring;

namespace LeadershipModel.Cli.Tests;

/// <summary>
/// Issue 15: <c>leadership score</c> streams csv and json through a pipeline across cores; its bytes and messages are
/// those of scoring one set after another into the sinks, at any degree of parallelism, with rejected rows (by the
/// reader and by the engine) anywhere in the file.
/// </summary>
public sealed class ScorePipelineTests : IDisposable
{
    private static readonly Instrument Instrument = CanonicalInstruments.Full;
    private static readonly ScoringEngine Engine = ScoringEngine.CreateBuilder().AddInstrument(Instrument).Build();
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public void Run_AnyDegree_SameBytesAndMessagesAsOneSetAfterAnother(string format)
    {
        // Over four chunks, with rows the reader rejects and rows the engine rejects in the middle of chunks.
        var path = _temp.Write("sets.csv", File(rows: 2_300, bad: [3, 700, 701, 1_200, 2_299]));
        var expected = Sequential(path, format);
        expected.Messages.Should().HaveCount(5 * 2, "two bad rows of each kind, five places");

        foreach (var degree in new[] { 1, 2, 3, 8 })
        {
            var actual = Pipelined(path, format, degree);
            actual.Bytes.Should().Equal(expected.Bytes, $"degree {degree}");
            actual.Messages.Should().Equal(expected.Messages, $"degree {degree}");
            actual.Scored.Should().Be(expected.Scored);
        }
    }

    [Fact]
    public void Run_RandomFilesAndDegrees_SameBytesAsOneSetAfterAnother()
    {
        // From no rows at all (a header, or an empty JSON array) to ten chunks.
        Gen.Select(Gen.Int[0, 1_200], Gen.Int[0, 1_199].Array[0, 6], Gen.Int[1, 4], Gen.Bool).Sample((rows, bad, degree, json) =>
        {
            var format = json ? "json" : "csv";
            var path = _temp.Write("random-" + Guid.NewGuid().ToString("N") + ".csv", File(rows, bad));
            var expected = Sequential(path, format);
            var actual = Pipelined(path, format, degree);
            return actual.Bytes.AsSpan().SequenceEqual(expected.Bytes) && actual.Messages.SequenceEqual(expected.Messages);
        }, iter: 12, threads: 1);
    }

    [Fact]
    public void Run_WriterFailsMidway_ThrowsItsExceptionAfterWritingAnExactPrefix()
    {
        // Bytes go out on a writer thread with more than one degree: a failure there (a full disk) must surface from
        // Run as itself, after what came before it, and nothing after it, was written.
        var path = _temp.Write("fail.csv", File(rows: 1_500, bad: []));
        var expected = Sequential(path, "csv").Bytes;
        foreach (var degree in new[] { 1, 2, 4 })
        {
            var written = new MemoryStream();
            var writes = 0;
            var full = new IOException("No space left on device");
            using var reader = InstrumentResponseReader.OpenCsvFile(path, Instrument);
            var pipeline = new ScorePipeline(Engine, ScorePipeline.ChunkFormat.Csv(Instrument), bytes =>
            {
                if (++writes == 4)
                {
                    throw full;
                }

                written.Write(bytes);
            }, _ => { }, degree);

            var run = () => pipeline.Run(reader.ReadAll(TestContext.Current.CancellationToken));

            run.Should().Throw<IOException>().Which.Should().BeSameAs(full, $"degree {degree}");
            written.Length.Should().BeGreaterThan(0);
            written.ToArray().Should().Equal(expected.Take((int)written.Length), $"degree {degree}: the bytes before the failure, in order");
            writes.Should().Be(4, $"degree {degree}: nothing is written after the failure");
        }
    }

    [Fact]
    public async Task Score_CsvAndJsonToFile_EqualTheSequentialSinks()
    {
        var path = _temp.Write("cli.csv", File(rows: 1_100, bad: [10, 600]));
        foreach (var format in new[] { "csv", "json" })
        {
            var output = _temp.File("out." + format);
            var run = await CliRun.InvokeAsync("score", path, "--format", format, "--out", output);

            run.ExitCode.Should().Be(2, run.Error);
            var expected = Sequential(path, format);
            System.IO.File.ReadAllBytes(output).Should().Equal(expected.Bytes, format);
            run.Error.Should().Contain($"scored {expected.Scored}, rejected {expected.Messages.Count}");
            var errors = run.Error.Split('\n').Where(l => l.Contains("cli.csv:", StringComparison.Ordinal) && !l.Contains("scored", StringComparison.Ordinal)).ToList();
            errors.Should().HaveCount(expected.Messages.Count).And.OnlyContain(l => expected.Messages.Any(m => l.Contains(m, StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Write_ManyRepeatedValues_FormatsEachOnceAndEqualsTryFormat()
    {
        var values = new List<double?> { 0.0, -0.0, 1, 3.6666666666666665, double.Epsilon, -1.2345678901234567E-30, double.MaxValue, null, 1e21, 0.1 + 0.2 };
        var numbers = new FormattedNumbers();
        var output = new System.Buffers.ArrayBufferWriter<byte>();
        for (var round = 0; round < 50; round++)
        {
            values.ForEach(v => numbers.Write(output, v));
        }

        var expected = string.Concat(Enumerable.Repeat(string.Concat(values.Select(v => "," + (v is { } d ? d.ToString("R", CultureInfo.InvariantCulture) : ""))), 50));
        Encoding.UTF8.GetString(output.WrittenSpan).Should().Be(expected);
        numbers.Formatted.Should().BeLessThanOrEqualTo(2 * values.Count, "repeated values are copied from the cache, not formatted again");
    }

    [Fact]
    public void Write_RandomDoubles_EqualTryFormat()
    {
        var numbers = new FormattedNumbers();
        Gen.Double.Array[1, 40].Sample(values =>
        {
            var output = new System.Buffers.ArrayBufferWriter<byte>();
            foreach (var v in values.Concat(values))
            {
                numbers.Write(output, v);
            }

            var once = string.Concat(values.Select(v => "," + v.ToString("R", CultureInfo.InvariantCulture)));
            return Encoding.UTF8.GetString(output.WrittenSpan) == once + once;
        }, threads: 1);
    }

    /// <summary>Canonical self-assessments (about 2% missing); at each bad position a row the reader rejects, then one the engine rejects.</summary>
    private static string File(int rows, int[] bad)
    {
        var items = Instrument.Items;
        var text = new StringBuilder("respondent,target,role," + string.Join(',', items.Select(i => i.Id)) + "\n");
        var random = new Random(rows);
        for (var r = 0; r < rows; r++)
        {
            var id = "p" + r.ToString(CultureInfo.InvariantCulture);
            if (bad.Contains(r))
            {
                text.Append(id).Append("x,,self,").Append(string.Join(',', items.Select((_, i) => i == 5 ? "lots" : "3"))).Append('\n');
                text.Append(id).Append("y,,self,").Append(string.Join(',', items.Select((_, i) => i == 7 ? "9" : "2"))).Append('\n');
            }

            text.Append(id).Append(',').Append(r % 3 == 0 ? id : "").Append(",self");
            foreach (var _ in items)
            {
                text.Append(',').Append(random.Next(50) == 0 ? "" : random.Next(1, 6).ToString(CultureInfo.InvariantCulture));
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The reference: one set after another into the sinks, messages in file order.</summary>
    private static Result Sequential(string path, string format)
    {
        var messages = new List<string>();
        var memory = new MemoryStream();
        var scored = 0;
        using (var reader = InstrumentResponseReader.OpenCsvFile(path, Instrument, onRejected: r => messages.Add(r.Message)))
        using (var writer = new StreamWriter(memory, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
        {
            // The CLI's sinks for a file: CSV, and compact JSON followed by a line break (the writer leaves the memory open).
            ReportSink sink = format == "csv" ? new ReportSink.CsvSink(writer, owns: false, Instrument, parallel: false) : new JsonSink(writer, owns: true);
            var index = 0L;
            foreach (var set in reader.ReadAll(TestContext.Current.CancellationToken))
            {
                var result = Engine.Score(set.ResponseSet, index++);
                if (result.IsScored)
                {
                    scored++;
                    sink.Add(result.Profile);
                }
                else
                {
                    messages.Add(set.Source.Describe(result.Rejection));
                }
            }

            sink.Complete(3);
            sink.Dispose();
        }

        return new Result(memory.ToArray(), messages, scored);
    }

    private static Result Pipelined(string path, string format, int degree)
    {
        var messages = new List<string>();
        var memory = new MemoryStream();
        ScorePipeline? pipeline = null;
        using var reader = InstrumentResponseReader.OpenCsvFile(path, Instrument, onRejected: r => pipeline!.Report(r.Message));
        pipeline = new ScorePipeline(Engine, format == "csv" ? ScorePipeline.ChunkFormat.Csv(Instrument) : ScorePipeline.ChunkFormat.Json(), memory.Write, messages.Add, degree);
        pipeline.Run(reader.ReadAll(TestContext.Current.CancellationToken));
        return new Result(memory.ToArray(), messages, (int)pipeline.Scored);
    }

    private sealed record Result(byte[] Bytes, List<string> Messages, int Scored);
}
