using System.Globalization;
using System.Text.Json;
using LeadershipModel.Instruments;
using LeadershipModel.Scoring;
using LeadershipModel.Serialization;

namespace LeadershipModel.Campaigns.ScoringApi.Http;

/// <summary>The RFC 9457 problem details the API returns (<c>application/problem+json</c>).</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class Problems
{
    /// <summary>400: the body is not valid JSON of the expected format; <c>errors</c> maps each JSON path to its messages.</summary>
    /// <param name="errors">Every problem the package's reader found.</param>
    /// <param name="what">What the body should have been, such as "a response set".</param>
    /// <returns>The result.</returns>
    public static IResult InvalidBody(IEnumerable<JsonError> errors, string what)
    {
        var list = errors.ToList();
        var byPath = list
            .GroupBy(e => e.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
        return TypedResults.ValidationProblem(
            byPath,
            detail: string.Create(CultureInfo.InvariantCulture, $"The request body is not {what} ({list.Count} problem(s)); see errors, keyed by JSON path."),
            title: "The request body is invalid.",
            extensions: new Dictionary<string, object?>
            {
                ["problems"] = list.Select(e => new { path = e.Path, code = e.Code, message = e.Message }).ToArray(),
            });
    }

    /// <summary>400: the body cannot be read as text (cut short, or not UTF-8).</summary>
    /// <param name="detail">What is wrong, and where.</param>
    /// <param name="offset">The byte offset of the fault, if known.</param>
    /// <returns>The result.</returns>
    public static IResult BadBody(string detail, int? offset = null) => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { ["$"] = [detail] },
        detail: detail,
        title: "The request body cannot be read.",
        extensions: offset is { } o ? new Dictionary<string, object?> { ["offset"] = o } : null);

    /// <summary>415: the body is not declared as JSON.</summary>
    /// <param name="contentType">The content type sent, if any.</param>
    /// <returns>The result.</returns>
    public static IResult UnsupportedMediaType(string? contentType) => TypedResults.Problem(
        statusCode: StatusCodes.Status415UnsupportedMediaType,
        title: "The request body must be JSON.",
        detail: $"Send the body as application/json (UTF-8); the request said {(string.IsNullOrEmpty(contentType) ? "no content type" : "'" + contentType + "'")}.");

    /// <summary>413: the body is larger than the endpoint's limit.</summary>
    /// <param name="limit">The limit, in bytes.</param>
    /// <returns>The result.</returns>
    public static IResult TooLarge(int limit) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The request body is too large.",
        detail: string.Create(CultureInfo.InvariantCulture, $"This endpoint accepts at most {limit} bytes."),
        extensions: new Dictionary<string, object?> { ["limit"] = limit });

    /// <summary>413: the batch holds more response sets than allowed.</summary>
    /// <param name="count">The number of sets sent.</param>
    /// <param name="limit">The most allowed.</param>
    /// <returns>The result.</returns>
    public static IResult TooManySets(int count, int limit) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The batch holds too many response sets.",
        detail: string.Create(CultureInfo.InvariantCulture, $"The batch holds {count} response sets; at most {limit} are accepted in one request."),
        extensions: new Dictionary<string, object?> { ["count"] = count, ["limit"] = limit });

    /// <summary>422: the engine rejected the response set; every reason is listed, and <c>rejection</c> is the package's rejection JSON.</summary>
    /// <param name="rejection">The rejection.</param>
    /// <returns>The result.</returns>
    public static IResult Rejected(Rejection rejection)
    {
        using var document = JsonDocument.Parse(JsonFormats.Rejection.Write(rejection, indented: false));
        return TypedResults.Problem(
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "The response set cannot be scored.",
            detail: string.Join(" ", rejection.Reasons.Select(r => r.ToString())),
            extensions: new Dictionary<string, object?> { ["rejection"] = document.RootElement.Clone() });
    }

    /// <summary>404: no instrument with that id (and version).</summary>
    /// <param name="id">The id asked for.</param>
    /// <param name="version">The version asked for, if any.</param>
    /// <param name="known">The instruments the engine scores.</param>
    /// <returns>The result.</returns>
    public static IResult UnknownInstrument(string id, string? version, IEnumerable<Instrument> known) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Unknown instrument.",
        detail: $"No instrument '{id}'{(version is null ? "" : $" version '{version}'")} is scored here; known: {string.Join(", ", known.Select(i => $"{i.Id} {i.Version}"))}.");
}
