using Microsoft.AspNetCore.Http.Features;

namespace LeadershipModel.WebApi.Http;

/// <summary>Reads a request body into memory, up to a limit, asynchronously.</summary>
/// <remarks>
/// Kestrel forbids synchronous reads of the request stream, and the package's readers read synchronously, so the
/// body is buffered here first (never past the limit) and handed to the reader as a stream. The limit is also set
/// on the server's <see cref="IHttpMaxRequestBodySizeFeature"/>, so Kestrel stops an oversized upload early.
/// Stateless and thread-safe.
/// </remarks>
internal static class RequestBody
{
    /// <summary>Reads the body, or returns <see langword="null"/> when it is larger than <paramref name="limit"/> bytes.</summary>
    /// <param name="context">The request.</param>
    /// <param name="limit">The largest body accepted, in bytes.</param>
    /// <returns>The body, or <see langword="null"/> when it is too large.</returns>
    public static async Task<MemoryStream?> ReadAsync(HttpContext context, int limit)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        if (context.Request.ContentLength > limit)
        {
            return null;
        }

        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    await buffer.DisposeAsync();
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await buffer.DisposeAsync();
            return null;
        }

        buffer.Position = 0;
        return buffer;
    }
}
