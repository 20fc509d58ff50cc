using System.Buffers;
using System.Text;
using LeadershipModel.Cli.Commands;
using LeadershipModel.Cli.Infrastructure;
using LeadershipModel.Instruments;
using LeadershipModel.Scoring;

namespace LeadershipModel.Cli.Output;

/// <summary>
/// Where scored profiles go. Data formats (CSV, JSON) are written as they arrive, in constant memory; reports
/// (table, Markdown, HTML) gather the profiles and write one section per person when scoring is complete.
/// </summary>
internal abstract class ReportSink : IDisposable
{
    private readonly TextWriter _writer;
    private readonly bool _ownsWriter;

    protected ReportSink(TextWriter writer, bool ownsWriter)
    {
        _writer = writer;
        _ownsWriter = ownsWriter;
    }

    protected TextWriter Writer => _writer;

    public static ReportSink Open(ScoreRequest request, Instrument instrument, CliConsole console)
    {
        var (writer, owns) = OpenWriter(request, console);
        return Create(writer, owns, request.Format, instrument);
    }

    /// <summary>Opens the output: the <c>--out</c> file (UTF-8 without a byte order mark; the caller disposes it), or the console.</summary>
    public static (TextWriter Writer, bool Owns) OpenWriter(ScoreRequest request, CliConsole console)
        => request.Output is { } file
            ? (new StreamWriter(DirectFileStream.Create(file.FullName), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16), true)
            : (console.Output, false);

    /// <summary>Writes UTF-8 to a writer: straight to its stream when it is a <see cref="StreamWriter"/> (flushed first), else as text.</summary>
    public static ScorePipeline.ByteWriter Bytes(TextWriter writer)
    {
        if (writer is StreamWriter { BaseStream: { CanWrite: true } stream })
        {
            writer.Flush();
            return stream.Write;
        }

        return bytes => writer.Write(Encoding.UTF8.GetString(bytes));
    }

    /// <summary>Opens a sink on a writer that the caller keeps (for tests and benchmarks).</summary>
    public static ReportSink Open(TextWriter writer, string format, Instrument instrument) => Create(writer, owns: false, format, instrument);

    private static ReportSink Create(TextWriter writer, bool owns, string format, Instrument instrument) => format switch
    {
        ReportFormats.Csv => new CsvSink(writer, owns, instrument),
        ReportFormats.Json => new JsonSink(writer, owns),
        _ => new PersonReportSink(writer, owns, instrument, format),
    };

    public abstract void Add(LeadershipProfile profile);

    /// <summary>Finishes the output; reports are rendered here.</summary>
    /// <param name="anonymity">The anonymity threshold for 360 groups.</param>
    public abstract void Complete(int anonymity);

    public void Dispose()
    {
        DisposeCore();
        _writer.Flush();
        if (_ownsWriter)
        {
            _writer.Dispose();
        }
    }

    protected virtual void DisposeCore()
    {
    }

    /// <summary>
    /// Profiles to CSV through a bounded pipeline: profiles are gathered in chunks, each chunk is formatted to UTF-8 on
    /// the thread pool, and the chunks are written in the order they were made, so the output is the same bytes as
    /// formatting one profile after another. At most <see cref="MaxInFlight"/> chunks wait, which bounds memory.
    /// </summary>
    internal sealed class CsvSink : ReportSink
    {
        private const int ChunkSize = 256;
        private readonly ProfileCsvWriter _csv;
        private readonly Queue<Task<ArrayBufferWriter<byte>>> _inFlight = new();
        private readonly ScorePipeline.ByteWriter _write;
        private readonly bool _parallel;
        private List<LeadershipProfile> _chunk = new(ChunkSize);

        /// <param name="writer">The output; when it is a <see cref="StreamWriter"/> the bytes go straight to its stream.</param>
        /// <param name="owns">Whether the sink disposes the writer.</param>
        /// <param name="instrument">The instrument, for its dimensions.</param>
        /// <param name="parallel">Whether chunks are formatted on the thread pool (else on the caller's thread, in order).</param>
        public CsvSink(TextWriter writer, bool owns, Instrument instrument, bool parallel = true)
            : base(writer, owns)
        {
            _csv = new ProfileCsvWriter(instrument.Dimensions);
            _parallel = parallel;
            _write = Bytes(writer);
            _write(_csv.Header);
        }

        private static int MaxInFlight => 2 * Environment.ProcessorCount;

        public override void Add(LeadershipProfile profile)
        {
            _chunk.Add(profile);
            if (_chunk.Count == ChunkSize)
            {
                Dispatch();
            }
        }

        public override void Complete(int anonymity) => Drain();

        protected override void DisposeCore() => Drain();

        private void Dispatch()
        {
            var chunk = _chunk;
            _chunk = new List<LeadershipProfile>(ChunkSize);
            _inFlight.Enqueue(_parallel ? Task.Run(() => Format(chunk)) : Task.FromResult(Format(chunk)));
            while (_inFlight.Count > MaxInFlight)
            {
                _write(_inFlight.Dequeue().GetAwaiter().GetResult().WrittenSpan);
            }
        }

        private void Drain()
        {
            if (_chunk.Count > 0)
            {
                Dispatch();
            }

            while (_inFlight.Count > 0)
            {
                _write(_inFlight.Dequeue().GetAwaiter().GetResult().WrittenSpan);
            }
        }

        private ArrayBufferWriter<byte> Format(List<LeadershipProfile> chunk)
        {
            var output = new ArrayBufferWriter<byte>(chunk.Count * 4096);
            foreach (var profile in chunk)
            {
                _csv.Format(profile, output);
            }

            return output;
        }
    }
}
