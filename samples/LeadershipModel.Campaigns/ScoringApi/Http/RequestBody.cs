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
        if (!IsJson(context.Request.ContentType))
        {
            return (null, Problems.UnsupportedMediaType(context.Request.ContentType));
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        if (context.Request.ContentLength > limit)
        {
            return (null, Problems.TooLarge(limit));
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
        catch (IOException ex) when (ex is not BadHttpRequestException)
        {
            // The client went away mid-body: nothing can be sent, but the request ends as a 400, not a 500.
            await buffer.DisposeAsync();
            return (null, Problems.BadBody($"The request body could not be read: {ex.Message}"));
        }
        catch (BadHttpRequestException ex)
        {
            var received = buffer.Length;
            await buffer.DisposeAsync();
            return (null, ex.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? Problems.TooLarge(limit)
                : Problems.BadBody(string.Create(CultureInfo.InvariantCulture, $"The request body could not be read: {ex.Message} (Content-Length {context.Request.ContentLength?.ToString(CultureInfo.InvariantCulture) ?? "not given"}, {received} bytes received).")));
        }

        if (Utf8.IsValid(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)) is false)
        {
            var offset = InvalidUtf8Offset(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            await buffer.DisposeAsync();
            return (null, Problems.BadBody(string.Create(CultureInfo.InvariantCulture, $"The request body is not UTF-8: the bytes at offset {offset} are not valid UTF-8."), offset));
        }

        buffer.Position = 0;
        return (buffer, null);
    }

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
