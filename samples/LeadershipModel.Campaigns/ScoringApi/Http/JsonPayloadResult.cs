namespace LeadershipModel.Campaigns.ScoringApi.Http;

/// <summary>
/// Writes a response body with one of the package's JSON writers (<c>JsonFormats.Profile</c>, <c>JsonFormats.Instrument</c>,
/// <c>JsonFormats.BatchScoringResult</c>) as <c>application/json</c>.
/// </summary>
/// <remarks>
/// The writers write synchronously, which Kestrel forbids on the response stream, so the JSON is written to memory
/// first and then copied asynchronously. Immutable; one instance per response.
/// </remarks>
/// <param name="write">Writes UTF-8 JSON to the stream it is given.</param>
internal sealed class JsonPayloadResult(Action<Stream> write) : IResult
{
    /// <summary>The content type of every JSON body the API writes.</summary>
    public const string ContentType = "application/json";

    /// <inheritdoc/>
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        buffer.Position = 0;
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = ContentType;
        httpContext.Response.ContentLength = buffer.Length;
        await buffer.CopyToAsync(httpContext.Response.Body, httpContext.RequestAborted);
    }
}
