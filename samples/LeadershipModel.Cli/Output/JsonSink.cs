using LeadershipModel.Scoring;
using LeadershipModel.Serialization;

namespace LeadershipModel.Cli.Output;

/// <summary>Streams profiles as one JSON array in the package's profile format (see <c>JsonSchemas.Profile</c>).</summary>
internal sealed class JsonSink : ReportSink
{
    private readonly TextWriterStream _stream;
    private readonly ProfileJsonWriter _json;

    /// <param name="writer">Where to write.</param>
    /// <param name="owns">Whether the sink owns the writer (a file): files get compact JSON, a terminal gets it indented.</param>
    public JsonSink(TextWriter writer, bool owns)
        : base(writer, owns)
    {
        _stream = new TextWriterStream(writer);
        _json = new ProfileJsonWriter(_stream, indented: !owns);
    }

    public override void Add(LeadershipProfile profile) => _json.Write(profile);

    public override void Complete(int anonymity)
    {
        _json.Complete();
        _stream.Flush();
        Writer.WriteLine();
    }

    protected override void DisposeCore()
    {
        _json.Dispose();
        _stream.Dispose();
    }
}
