using System.Globalization;
using System.Text;
using LeadershipModel.Scoring;
using LeadershipModel.Serialization;

namespace LeadershipModel.Campaigns.ScoringApi.Http;

/// <summary>
/// Writes a batch's result as it is scored: <c>{"profiles":[…],"rejections":[…],"scored":N,"rejected":M}</c>, a few
/// profiles at a time, flushed to the client, so that the server holds a chunk of profiles rather than the whole
/// response (5,000 canonical profiles are about 138 MB of JSON).
/// </summary>
/// <remarks>
/// The counts come last because they are known only at the end; JSON readers find them by name. The rejections are
/// kept until then (they are small). A response that would pass <paramref name="maxBytes"/> is cut off by aborting the
/// connection: the status line has been sent, and a client must not take a partial body for a whole one. One
/// instance per response.
/// </remarks>
/// <param name="engine">The engine.</param>
/// <param name="body">The batch, already checked by <see cref="BatchBody.Validate"/>.</param>
/// <param name="maxBytes">The largest response body.</param>
internal sealed class StreamedBatchResult(ScoringEngine engine, BatchBody body, long maxBytes) : IResult
{
    /// <summary>How many profiles are serialised and flushed together.</summary>
    internal const int ChunkSize = 32;

    /// <inheritdoc/>
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var cancel = httpContext.RequestAborted;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = JsonPayloadResult.ContentType;
        var output = response.Body;
        var written = 0L;
        var rejections = new List<Rejection>();
        var profiles = new List<LeadershipProfile>(ChunkSize);
        using var chunk = new MemoryStream();
        var scored = 0;

        async Task<bool> WriteAsync(ReadOnlyMemory<byte> bytes)
        {
            written += bytes.Length;
            if (written > maxBytes)
            {
                httpContext.Abort();
                return false;
            }

            await output.WriteAsync(bytes, cancel);
            return true;
        }

        if (!await WriteAsync("{\"profiles\":["u8.ToArray()))
        {
            return;
        }

        for (var start = 0; start < body.Count; start += ChunkSize)
        {
            profiles.Clear();
            for (var i = start; i < Math.Min(body.Count, start + ChunkSize); i++)
            {
                var result = engine.Score(body.Read(i).Value!, i);
                if (result.IsScored)
                {
                    profiles.Add(result.Profile);
                }
                else
                {
                    rejections.Add(result.Rejection);
                }
            }

            if (profiles.Count == 0)
            {
                continue;
            }

            // The package writes an array; its elements go into the open one.
            chunk.SetLength(0);
            JsonFormats.Profiles.WriteTo(profiles.ToEquatableArray(), chunk, indented: false);
            var inner = chunk.GetBuffer().AsMemory(1, (int)chunk.Length - 2);
            if ((scored > 0 && !await WriteAsync(","u8.ToArray())) || !await WriteAsync(inner))
            {
                return;
            }

            scored += profiles.Count;
            await output.FlushAsync(cancel);
        }

        chunk.SetLength(0);
        JsonFormats.Rejections.WriteTo(rejections.ToEquatableArray(), chunk, indented: false);
        var tail = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $",\"scored\":{scored},\"rejected\":{rejections.Count}}}"));
        _ = await WriteAsync("],\"rejections\":"u8.ToArray())
            && await WriteAsync(chunk.GetBuffer().AsMemory(0, (int)chunk.Length))
            && await WriteAsync(tail);
    }
}
