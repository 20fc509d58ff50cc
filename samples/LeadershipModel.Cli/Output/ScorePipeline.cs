using System.Buffers;
using System.Collections.Concurrent;
using LeadershipModel.Analysis.Responses;
using LeadershipModel.Instruments;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;
using LeadershipModel.Serialization;

namespace LeadershipModel.Cli.Output;

/// <summary>
/// The streamed exports of <c>leadership score</c> (csv, and compact json) as a bounded producer–consumer pipeline
/// across cores. The calling thread reads response sets and gathers them in chunks, together with the messages met
/// while reading them (rejected rows); each chunk is scored and formatted to UTF-8 on the thread pool; finished chunks
/// are written, and their messages reported, in input order. At most <c>2 × degree</c> chunks are in flight, which
/// bounds memory. With more than one degree, the bytes go out on a writer thread of their own (at most
/// <c>2 × degree</c> chunks queued), so that a write held up by the disk (10,000,000 profiles are some 11 GB) does not
/// stop the reading: writing then overlaps scoring instead of adding to it.
/// </summary>
/// <remarks>
/// Every set is scored with its position in the stream as its index, as <see cref="ScoringEngine.ScoreAsync"/> numbers
/// it, so the output (bytes and messages) is the same whatever the degree of parallelism, and the same as scoring one
/// set after another into <see cref="ReportSink.CsvSink"/> or <see cref="JsonSink"/>. Not thread-safe: one run per instance.
/// </remarks>
internal sealed class ScorePipeline
{
    /// <summary>The number of response sets per chunk.</summary>
    /// <remarks>
    /// Every chunk costs a few thread wake-ups (scoring, writing, the reader waiting its turn), which are slow on a
    /// virtual machine: with chunks of 128 the two cores of the benchmark machine were idle 12–14% of the time,
    /// with 512 about 6% (1,000,000 canonical 2.0.0 sets; 1,024 gave no more). Each profile is formatted as soon as it
    /// is scored, so that profiles die young; what survives a young collection is the chunks' response sets.
    /// </remarks>
    public const int ChunkSize = 512;

    private readonly ScoringEngine _engine;
    private readonly ChunkFormat _format;
    private readonly ByteWriter _write;
    private readonly Action<string> _report;
    private readonly int _degree;
    private readonly Queue<Task<Chunk>> _inFlight = new();
    private Exception? _writeError;

    // Output buffers are reused: a fresh one per chunk (about 200 KB) would land on the large object heap and wake
    // the full collector every few chunks.
    private readonly ConcurrentBag<ArrayBufferWriter<byte>> _buffers = [];
    private List<Entry> _entries = new(ChunkSize);
    private int _setsInChunk;
    private long _index;
    private long _written;

    /// <param name="engine">The engine.</param>
    /// <param name="format">How profiles become bytes.</param>
    /// <param name="write">Where the bytes go, in order.</param>
    /// <param name="report">Where messages go (rejected rows), in input order.</param>
    /// <param name="degree">How many chunks are scored at once; 1 scores each chunk on the calling thread before reading on.</param>
    public ScorePipeline(ScoringEngine engine, ChunkFormat format, ByteWriter write, Action<string> report, int degree)
    {
        _engine = engine;
        _format = format;
        _write = write;
        _report = report;
        _degree = degree < 1 ? Environment.ProcessorCount : degree;
    }

    /// <summary>Writes bytes to the output.</summary>
    public delegate void ByteWriter(ReadOnlySpan<byte> bytes);

    /// <summary>Gets the number of profiles written so far.</summary>
    public long Scored { get; private set; }

    /// <summary>Gets the number of sets the engine rejected so far.</summary>
    public long Rejected { get; private set; }

    /// <summary>Called on the calling thread after each chunk is handed over to be written, for progress.</summary>
    public Action? ChunkWritten { get; init; }

    /// <summary>Reports a message in its place among the sets read (such as a rejected row, met while reading).</summary>
    public void Report(string message) => _entries.Add(new Entry(null, null, message, 0));

    /// <summary>Scores the sets, writing the head, every chunk in order, then the tail.</summary>
    /// <param name="sets">The sets, read lazily on the calling thread.</param>
    public void Run(IEnumerable<SourcedResponseSet> sets)
    {
        using var queue = _degree > 1 ? new BlockingCollection<Pending>(2 * _degree) : null;
        Thread? writer = null;
        if (queue is not null)
        {
            writer = new Thread(() => WriteQueued(queue)) { IsBackground = true, Name = "leadership score writer" };
            writer.Start();
        }

        try
        {
            Emit(queue, _format.Head, null);
            foreach (var set in sets)
            {
                _entries.Add(new Entry(set.ResponseSet, set.Source, null, _index++));
                if (++_setsInChunk == ChunkSize)
                {
                    Dispatch(queue);
                }
            }

            if (_entries.Count > 0)
            {
                Dispatch(queue);
            }

            while (_inFlight.Count > 0)
            {
                Write(queue, _inFlight.Dequeue().GetAwaiter().GetResult());
            }

            Emit(queue, _format.Tail, null);
        }
        finally
        {
            // Whatever stopped the reading, what was handed to the writer is written (as a sequential run would
            // have written it) before Run returns or throws.
            queue?.CompleteAdding();
            writer?.Join();
        }

        ThrowIfWriteFailed();
    }

    /// <summary>Writes bytes in order: directly with one degree, else through the writer thread's queue.</summary>
    private void Emit(BlockingCollection<Pending>? queue, ReadOnlyMemory<byte> bytes, ArrayBufferWriter<byte>? buffer)
    {
        if (queue is null)
        {
            _write(bytes.Span);
            Recycle(buffer);
            return;
        }

        ThrowIfWriteFailed();
        queue.Add(new Pending(bytes, buffer));
    }

    /// <summary>The writer thread: writes what is queued, in order; after a failure it only hands buffers back.</summary>
    private void WriteQueued(BlockingCollection<Pending> queue)
    {
        foreach (var (bytes, buffer) in queue.GetConsumingEnumerable())
        {
            if (Volatile.Read(ref _writeError) is null)
            {
                try
                {
                    _write(bytes.Span);
                }
                catch (Exception ex)
                {
                    Volatile.Write(ref _writeError, ex);
                }
            }

            Recycle(buffer);
        }
    }

    /// <summary>Rethrows, on the reading thread, a failure of the writer (a full disk, a closed pipe) as itself.</summary>
    private void ThrowIfWriteFailed()
    {
        if (Volatile.Read(ref _writeError) is { } error)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
        }
    }

    private void Recycle(ArrayBufferWriter<byte>? buffer)
    {
        if (buffer is not null)
        {
            buffer.ResetWrittenCount();
            _buffers.Add(buffer);
        }
    }

    private void Dispatch(BlockingCollection<Pending>? queue)
    {
        var entries = _entries;
        _entries = new List<Entry>(ChunkSize + 8);
        _setsInChunk = 0;
        if (_degree == 1)
        {
            Write(queue, Process(entries));
            return;
        }

        _inFlight.Enqueue(Task.Run(() => Process(entries)));
        while (_inFlight.Count > 2 * _degree || (_inFlight.Count > 0 && _inFlight.Peek().IsCompleted))
        {
            Write(queue, _inFlight.Dequeue().GetAwaiter().GetResult());
        }
    }

    private Chunk Process(List<Entry> entries)
    {
        if (!_buffers.TryTake(out var output))
        {
            output = new ArrayBufferWriter<byte>(ChunkSize * _format.BytesPerProfile);
        }

        List<string>? messages = null;
        var scored = 0;
        var rejected = 0;
        foreach (var e in entries)
        {
            if (e.Message is { } message)
            {
                (messages ??= []).Add(message);
                continue;
            }

            var result = _engine.Score(e.Set!, e.Index);
            if (result.IsScored)
            {
                if (scored++ == 0)
                {
                    _format.Begin(output);
                }

                _format.Write(result.Profile, output);
            }
            else
            {
                rejected++;
                (messages ??= []).Add(e.Source!.Describe(result.Rejection));
            }
        }

        if (scored > 0)
        {
            _format.End(output);
        }

        return new Chunk(output, messages, scored, rejected);
    }

    private void Write(BlockingCollection<Pending>? queue, Chunk chunk)
    {
        if (chunk.Messages is { } messages)
        {
            foreach (var m in messages)
            {
                _report(m);
            }
        }

        if (chunk.Profiles > 0)
        {
            if (_written > 0)
            {
                Emit(queue, _format.Separator, null);
            }

            Emit(queue, chunk.Output.WrittenMemory, chunk.Output);
            _written += chunk.Profiles;
        }
        else
        {
            Recycle(chunk.Output);
        }

        Scored += chunk.Profiles;
        Rejected += chunk.Rejected;
        ChunkWritten?.Invoke();
    }

    /// <summary>Bytes waiting for the writer thread, and the buffer they live in (handed back once written).</summary>
    private readonly record struct Pending(ReadOnlyMemory<byte> Bytes, ArrayBufferWriter<byte>? Buffer);

    private readonly record struct Entry(ResponseSet? Set, ResponseSetSource? Source, string? Message, long Index);

    private sealed record Chunk(ArrayBufferWriter<byte> Output, List<string>? Messages, int Profiles, int Rejected);

    /// <summary>
    /// How a chunk of profiles becomes bytes: <see cref="Begin"/>, <see cref="Write"/> for each profile, then
    /// <see cref="End"/>, all on one thread. Chunks can be formatted on several threads at once, one chunk per thread.
    /// </summary>
    internal abstract class ChunkFormat
    {
        /// <summary>Gets the bytes before the first profile.</summary>
        public abstract byte[] Head { get; }

        /// <summary>Gets the bytes between two non-empty chunks.</summary>
        public virtual byte[] Separator => [];

        /// <summary>Gets the bytes after the last profile.</summary>
        public abstract byte[] Tail { get; }

        /// <summary>Gets a first guess of the bytes per profile, to size buffers.</summary>
        public abstract int BytesPerProfile { get; }

        /// <summary>Starts a non-empty chunk.</summary>
        public virtual void Begin(ArrayBufferWriter<byte> output)
        {
        }

        /// <summary>Formats the chunk's next profile.</summary>
        public abstract void Write(LeadershipProfile profile, ArrayBufferWriter<byte> output);

        /// <summary>Ends the chunk.</summary>
        public virtual void End(ArrayBufferWriter<byte> output)
        {
        }

        /// <summary>The format for <c>--format csv</c>: a header line, then one line per profile (<see cref="ProfileCsvWriter"/>).</summary>
        public static ChunkFormat Csv(Instrument instrument) => new CsvFormat(new ProfileCsvWriter(instrument.Dimensions));

        /// <summary>The format for <c>--format json</c> to a file: one compact array (<see cref="ProfileJsonWriter"/>), then a line break.</summary>
        public static ChunkFormat Json() => new JsonFormat();
    }

    private sealed class CsvFormat(ProfileCsvWriter csv) : ChunkFormat
    {
        public override byte[] Head => csv.Header;

        public override byte[] Tail => [];

        public override int BytesPerProfile => 1536;

        public override void Write(LeadershipProfile profile, ArrayBufferWriter<byte> output) => csv.Format(profile, output);
    }

    /// <summary>
    /// Compact JSON: a chunk is written as its own array by <see cref="ProfileJsonWriter"/> and kept without its brackets,
    /// so that the chunks joined by commas inside one pair of brackets are the bytes of one writer writing every profile.
    /// </summary>
    private sealed class JsonFormat : ChunkFormat
    {
        public override byte[] Head => "["u8.ToArray();

        public override byte[] Separator => ","u8.ToArray();

        public override byte[] Tail => "]\n"u8.ToArray();

        [ThreadStatic]
        private static MemoryStream? _stream;

        [ThreadStatic]
        private static ProfileJsonWriter? _json;

        public override int BytesPerProfile => 8192;

        public override void Begin(ArrayBufferWriter<byte> output)
        {
            // One stream per thread, reused, for the same reason as the output buffers.
            var stream = _stream ??= new MemoryStream();
            stream.SetLength(0);
            _json = new ProfileJsonWriter(stream, indented: false);
        }

        public override void Write(LeadershipProfile profile, ArrayBufferWriter<byte> output) => _json!.Write(profile);

        public override void End(ArrayBufferWriter<byte> output)
        {
            _json!.Dispose();
            _json = null;
            var stream = _stream!;
            var bytes = stream.GetBuffer().AsSpan(0, (int)stream.Length);
            if (bytes.Length < 2 || bytes[0] != '[' || bytes[^1] != ']')
            {
                throw new InvalidOperationException("A chunk of profiles did not come out as one JSON array.");
            }

            output.Write(bytes[1..^1]);
        }
    }
}
