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
        TextWriter writer;
        var owns = request.Output is not null;
        if (request.Output is { } file)
        {
            writer = new StreamWriter(file.FullName, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
        }
        else
        {
            writer = console.Output;
        }

        return Create(writer, owns, request.Format, instrument);
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

    private sealed class CsvSink(TextWriter writer, bool owns, Instrument instrument) : ReportSink(writer, owns)
    {
        private readonly ProfileCsvWriter _csv = new(writer, instrument.Dimensions);

        public override void Add(LeadershipProfile profile) => _csv.Write(profile);

        public override void Complete(int anonymity)
        {
        }

        protected override void DisposeCore() => _csv.Dispose();
    }
}
