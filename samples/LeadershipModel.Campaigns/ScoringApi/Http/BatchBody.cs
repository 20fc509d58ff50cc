using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using LeadershipModel.Responses;
using LeadershipModel.Serialization;
using Microsoft.Win32.SafeHandles;

namespace LeadershipModel.Campaigns.ScoringApi.Http;

/// <summary>
/// A batch request body, streamed from the connection into a temporary file while it is checked (UTF-8, and cut
/// into its array elements as they arrive), so that the server holds one element at a time rather than the whole
/// body: 5,000 canonical 2.0.0 sets are about 10 MB. Response sets are then read one at a time from the file.
/// </summary>
/// <remarks>
/// The file is opened delete-on-close and removed when the body is disposed (registered with the response). A body
/// that is not a well-formed JSON array is read whole once, on that error path only, so that the package's reader
/// names the problem with its JSON path. One instance per request; not thread-safe.
/// </remarks>
internal sealed class BatchBody : IDisposable
{
    private readonly SafeFileHandle _file;
    private readonly List<(long Start, int Length)> _elements;
    private readonly JsonReadOptions _options;

    private BatchBody(SafeFileHandle file, List<(long Start, int Length)> elements, JsonReadOptions options)
    {
        _file = file;
        _elements = elements;
        _options = options;
    }

    /// <summary>Gets the number of response sets in the batch.</summary>
    public int Count => _elements.Count;

    /// <summary>
    /// Streams the body into a temporary file, checking it on the way: 415 for a body not declared as JSON, 413 past
    /// the size limit or the set count, 400 for a body cut short, not UTF-8 (with the byte offset) or not a JSON
    /// array (with the package reader's JSON path).
    /// </summary>
    /// <param name="context">The request.</param>
    /// <param name="limit">The largest body accepted, in bytes.</param>
    /// <param name="maxCount">The most response sets accepted.</param>
    /// <returns>The body, or the problem to return.</returns>
    public static async Task<(BatchBody? Body, IResult? Problem)> ReadAsync(HttpContext context, int limit, int maxCount)
    {
        if (RequestBody.CheckHeaders(context, limit) is { } refused)
        {
            return (null, refused);
        }

        var options = new JsonReadOptions { MaxDocumentBytes = limit };
        var path = Path.Combine(Path.GetTempPath(), "leadership-batch-" + Path.GetRandomFileName());
        var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);
        var splitter = new JsonArraySplitter();
        var utf8 = new Utf8Validator();
        var reader = context.Request.BodyReader;
        long length = 0;
        try
        {
            while (true)
            {
                ReadResult result;
                try
                {
                    result = await reader.ReadAsync(context.RequestAborted);
                }
                catch (IOException ex)
                {
                    // Cut short, past the limit, or the client went away mid-body: a 400 or 413, never a 500.
                    file.Dispose();
                    return (null, RequestBody.Unreadable(context, ex, length, limit));
                }

                var buffer = result.Buffer;
                if (length + buffer.Length > limit)
                {
                    file.Dispose();
                    return (null, Problems.TooLarge(limit));
                }

                foreach (var segment in buffer)
                {
                    utf8.Check(segment.Span);
                    if (utf8.InvalidAt is { } offset)
                    {
                        file.Dispose();
                        return (null, RequestBody.NotUtf8(offset));
                    }

                    await RandomAccess.WriteAsync(file, segment, length, context.RequestAborted);
                    splitter.Feed(segment.Span);
                    length += segment.Length;
                }

                reader.AdvanceTo(buffer.End);
                if (result.IsCompleted)
                {
                    break;
                }
            }

            if (utf8.Finish() is { } end)
            {
                file.Dispose();
                return (null, RequestBody.NotUtf8(end));
            }

            if (!splitter.Finish())
            {
                // Not a well-formed array: the package's reader names what is wrong, with its JSON path.
                var bytes = new byte[length];
                RandomAccess.Read(file, bytes, 0);
                file.Dispose();
                var read = JsonFormats.ResponseSets.Read(new MemoryStream(bytes, writable: false), options);
                return (null, Problems.InvalidBody(read.IsSuccess ? [new JsonError("$", "json.not-an-array", "expected a JSON array of response sets.")] : read.Errors, "an array of response sets"));
            }

            if (splitter.Elements.Count > maxCount)
            {
                file.Dispose();
                return (null, Problems.TooManySets(splitter.Elements.Count, maxCount));
            }

            return (new BatchBody(file, splitter.Elements, options), null);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Reads the response set at a position; errors carry the element's JSON path (<c>$[3].answers…</c>).</summary>
    /// <param name="index">The position in the array.</param>
    /// <returns>The set, or its problems.</returns>
    public JsonReadResult<ResponseSet> Read(int index)
    {
        var (start, length) = _elements[index];
        var bytes = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            RandomAccess.Read(_file, bytes.AsSpan(0, length), start);
            using var slice = new MemoryStream(bytes, 0, length, writable: false);
            return JsonFormats.ResponseSet.Read(slice, _options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>Reads every element once and returns the problems of those that are not response sets, with their paths in the array.</summary>
    /// <returns>The problems; empty when every element is a response set.</returns>
    public List<JsonError> Validate()
    {
        var errors = new List<JsonError>();
        for (var i = 0; i < _elements.Count; i++)
        {
            var read = Read(i);
            if (!read.IsSuccess)
            {
                var prefix = string.Create(CultureInfo.InvariantCulture, $"$[{i}]");
                errors.AddRange(read.Errors.Select(e => e with { Path = prefix + (e.Path.StartsWith('$') ? e.Path[1..] : "." + e.Path) }));
            }
        }

        return errors;
    }

    /// <inheritdoc/>
    public void Dispose() => _file.Dispose();
}
