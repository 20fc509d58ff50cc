using System.Globalization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace LeadershipModel.Campaigns.ScoringApi.Http;

/// <summary>Reads a JSON request body into memory, up to a limit, asynchronously, and checks what it is.</summary>
/// <remarks>
/// Kestrel forbids synchronous reads of the request stream, and the package's readers read synchronously, so the
/// body is buffered here first (never past the limit) and handed to the reader as a stream. The limit is also set
/// on the server's <see cref="IHttpMaxRequestBodySizeFeature"/>, so Kestrel stops an oversized upload early. A body
/// that is not <c>application/json</c> gets 415; one that ends before its <c>Content-Length</c> or is not UTF-8 gets
/// 400 (with the byte offset), never 500. Stateless and thread-safe.
/// </remarks>
internal static class RequestBody
{
    /// <summary>Reads the body, or returns the problem that stops it.</summary>
    /// <param name="context">The request.</param>
    /// <param name="limit">The largest body accepted, in bytes.</param>
    /// <returns>The body, or the problem to return.</returns>
    public static async Task<(MemoryStream? Body, IResult? Problem)> ReadAsync(HttpContext context, int limit)
    {
        if (CheckHeaders(context, limit) is { } refused)
        {
            return (null, refused);
        }

        var buffer = new MemoryStream((int)Math.Min(context.Request.ContentLength ?? 0, limit));
        var chunk = new byte[81920];
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    await buffer.DisposeAsync();
                    return (null, Problems.TooLarge(limit));
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (IOException ex)
        {
            // Cut short, past the limit, or the client went away mid-body: a 400 or 413, never a 500.
            var received = buffer.Length;
            await buffer.DisposeAsync();
            return (null, Unreadable(context, ex, received, limit));
        }

        if (Utf8.IsValid(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)) is false)
        {
            var offset = InvalidUtf8Offset(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            await buffer.DisposeAsync();
            return (null, NotUtf8(offset));
        }

        buffer.Position = 0;
        return (buffer, null);
    }

    /// <summary>
    /// Checks what can be checked before the body is read: 415 unless the body is declared as JSON in UTF-8, 413 when
    /// its Content-Length passes the limit. Sets the limit on the server, so that Kestrel stops a longer upload.
    /// </summary>
    /// <param name="context">The request.</param>
    /// <param name="limit">The largest body accepted, in bytes.</param>
    /// <returns>The problem to return, or <see langword="null"/> to read the body.</returns>
    public static IResult? CheckHeaders(HttpContext context, int limit)
    {
        if (!IsJson(context.Request.ContentType))
        {
            return Problems.UnsupportedMediaType(context.Request.ContentType);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        return context.Request.ContentLength > limit ? Problems.TooLarge(limit) : null;
    }

    /// <summary>The problem of a body that could not be read to its end: cut short (400), or past the limit (413).</summary>
    /// <param name="context">The request.</param>
    /// <param name="exception">What the server threw.</param>
    /// <param name="received">The bytes received before it.</param>
    /// <param name="limit">The largest body accepted, in bytes.</param>
    /// <returns>The problem.</returns>
    public static IResult Unreadable(HttpContext context, IOException exception, long received, int limit)
        => exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
            ? Problems.TooLarge(limit)
            : exception is BadHttpRequestException bad
                ? Problems.BadBody(string.Create(CultureInfo.InvariantCulture, $"The request body could not be read: {bad.Message} (Content-Length {context.Request.ContentLength?.ToString(CultureInfo.InvariantCulture) ?? "not given"}, {received} bytes received)."))
                : Problems.BadBody($"The request body could not be read: {exception.Message}");

    /// <summary>The problem of a body that is not UTF-8.</summary>
    /// <param name="offset">The byte offset of the first invalid sequence.</param>
    /// <returns>The problem.</returns>
    public static IResult NotUtf8(long offset)
        => Problems.BadBody(string.Create(CultureInfo.InvariantCulture, $"The request body is not UTF-8: the bytes at offset {offset} are not valid UTF-8."), (int)offset);

    /// <summary>Tells whether a content type is JSON: <c>application/json</c> or <c>application/*+json</c>, any charset of UTF-8.</summary>
    private static bool IsJson(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            return false;
        }

        var charset = media.Charset.Value;
        var utf8 = charset is null || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
        return utf8 && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (media.MediaType.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && media.MediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)));
    }

    private static int InvalidUtf8Offset(ReadOnlySpan<byte> bytes)
    {
        var at = 0;
        while (at < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[at..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return at;
            }

            at += consumed;
        }

        return at;
    }
}
