using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using LeadershipModel.Serialization;

namespace LeadershipModel.Campaigns.ScoringApi.OpenApi;

/// <summary>
/// The API's OpenAPI 3.1 document, assembled by hand around the package's own JSON Schemas so that the request and
/// response shapes are exactly the formats the package reads and writes.
/// </summary>
/// <remarks>
/// <para>OpenAPI 3.1 uses JSON Schema 2020-12, the dialect of the package's schemas, so
/// <see cref="JsonSchemas.ResponseSet"/>, <see cref="JsonSchemas.Profile"/>, <see cref="JsonSchemas.Rejection"/>
/// and <see cref="JsonSchemas.Instrument"/> are embedded unchanged as the components <c>ResponseSet</c>,
/// <c>Profile</c>, <c>Rejection</c> and <c>Instrument</c>, each with its own <c>$schema</c> and <c>$id</c>: the
/// <c>$id</c> makes each an embedded schema resource, so its internal <c>#/$defs/...</c> references resolve
/// against it and not against this document.</para>
/// <para>Each package schema accepts one value or an array of them; an operation narrows it with
/// <c>allOf</c> plus <c>type: object</c> or <c>type: array</c>.</para>
/// <para>Built once; the text is immutable and thread-safe.</para>
/// </remarks>
internal static class ScoringApiDocument
{
    private const string Json = "application/json";
    private const string ProblemJson = "application/problem+json";

    private static readonly Lazy<string> Text = new(() => Build().ToJsonString(new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));

    /// <summary>Gets the document as JSON text.</summary>
    public static string Json31 => Text.Value;

    /// <summary>Builds the document.</summary>
    /// <returns>The document.</returns>
    public static JsonObject Build() => new()
    {
        ["openapi"] = "3.1.1",
        ["info"] = new JsonObject
        {
            ["title"] = "LeadershipModel campaigns and scoring API (sample)",
            ["version"] = "v1",
            ["description"] = "Scores management and leadership assessments with the LeadershipModel engine. Request and response bodies are the package's JSON formats; their schemas are embedded unchanged under components.schemas.",
        },
        ["jsonSchemaDialect"] = "https://json-schema.org/draft/2020-12/schema",
        ["paths"] = new JsonObject
        {
            ["/profiles"] = new JsonObject
            {
                ["post"] = Operation(
                    "ScoreProfile",
                    "Scores one response set.",
                    Body(Narrow("ResponseSet", "object"), "One response set in the package's response-set format."),
                    new JsonObject
                    {
                        ["200"] = Response("The scored profile.", Json, Narrow("Profile", "object")),
                        ["400"] = Response("The body is not a valid response set; errors are keyed by JSON path.", ProblemJson, Ref("ValidationProblemDetails")),
                        ["413"] = Response("The body is larger than the limit.", ProblemJson, Ref("ProblemDetails")),
                        ["415"] = Response("The body is not declared as application/json in UTF-8.", ProblemJson, Ref("ProblemDetails")),
                        ["422"] = Response("The engine rejected the response set; rejection lists every reason.", ProblemJson, Ref("RejectionProblemDetails")),
                    }),
            },
            ["/profiles/batch"] = new JsonObject
            {
                ["post"] = Operation(
                    "ScoreBatch",
                    "Scores an array of response sets; every set comes back as a profile or a rejection.",
                    Body(Narrow("ResponseSet", "array"), "An array of response sets in the package's response-set format."),
                    new JsonObject
                    {
                        ["200"] = Response("Every profile and every rejection, streamed as scored (the counts come last); scored + rejected is the number of sets sent.", Json, Ref("BatchScoringResult")),
                        ["400"] = Response("The body is not a valid array of response sets; errors are keyed by JSON path.", ProblemJson, Ref("ValidationProblemDetails")),
                        ["413"] = Response("The body is larger than the limit, or holds more sets than allowed.", ProblemJson, Ref("ProblemDetails")),
                        ["415"] = Response("The body is not declared as application/json in UTF-8.", ProblemJson, Ref("ProblemDetails")),
                        ["503"] = Response("Every turn to score a batch is taken and the queue is full; retry after the Retry-After seconds.", ProblemJson, Ref("ProblemDetails")),
                    }),
            },
            ["/instruments/{id}"] = new JsonObject
            {
                ["get"] = Operation(
                    "GetInstrument",
                    "Gets an instrument the engine scores.",
                    null,
                    new JsonObject
                    {
                        ["200"] = Response("The instrument.", Json, Ref("Instrument")),
                        ["404"] = Response("No such instrument.", ProblemJson, Ref("ProblemDetails")),
                    },
                    new JsonArray(
                        Parameter("id", "path", true, "The instrument id, such as canonical or acme-pulse."),
                        Parameter("version", "query", false, "The version; the last added version when absent.")))
            },
            ["/health"] = new JsonObject
            {
                ["get"] = Operation(
                    "Health",
                    "Reports whether the engine is built and serving.",
                    null,
                    new JsonObject
                    {
                        ["200"] = Response("Healthy.", "text/plain", new JsonObject { ["type"] = "string" }),
                        ["503"] = Response("Unhealthy.", "text/plain", new JsonObject { ["type"] = "string" }),
                    }),
            },
        },
        ["components"] = new JsonObject
        {
            ["schemas"] = new JsonObject
            {
                ["ResponseSet"] = JsonNode.Parse(JsonSchemas.ResponseSet),
                ["Profile"] = JsonNode.Parse(JsonSchemas.Profile),
                ["Rejection"] = JsonNode.Parse(JsonSchemas.Rejection),
                ["Instrument"] = JsonNode.Parse(JsonSchemas.Instrument),
                ["BatchScoringResult"] = BatchScoringResultSchema(),
                ["ProblemDetails"] = ProblemDetailsSchema(),
                ["ValidationProblemDetails"] = ValidationProblemDetailsSchema(),
                ["RejectionProblemDetails"] = RejectionProblemDetailsSchema(),
            },
        },
    };

    private static JsonObject Operation(string id, string summary, JsonObject? body, JsonObject responses, JsonArray? parameters = null)
    {
        var operation = new JsonObject { ["operationId"] = id, ["summary"] = summary };
        if (parameters is not null)
        {
            operation["parameters"] = parameters;
        }

        if (body is not null)
        {
            operation["requestBody"] = body;
        }

        operation["responses"] = responses;
        return operation;
    }

    private static JsonObject Body(JsonObject schema, string description) => new()
    {
        ["description"] = description,
        ["required"] = true,
        ["content"] = new JsonObject { [Json] = new JsonObject { ["schema"] = schema } },
    };

    private static JsonObject Response(string description, string contentType, JsonObject schema) => new()
    {
        ["description"] = description,
        ["content"] = new JsonObject { [contentType] = new JsonObject { ["schema"] = schema } },
    };

    private static JsonObject Parameter(string name, string location, bool required, string description) => new()
    {
        ["name"] = name,
        ["in"] = location,
        ["required"] = required,
        ["description"] = description,
        ["schema"] = new JsonObject { ["type"] = "string" },
    };

    private static JsonObject Ref(string component) => new() { ["$ref"] = "#/components/schemas/" + component };

    /// <summary>A package schema (one value or an array) narrowed to one of its two shapes.</summary>
    private static JsonObject Narrow(string component, string type) => new()
    {
        ["allOf"] = new JsonArray(Ref(component)),
        ["type"] = type,
    };

    private static JsonObject BatchScoringResultSchema() => new()
    {
        ["description"] = "A batch result as written by LeadershipModel.Serialization.JsonFormats.BatchScoringResult.",
        ["type"] = "object",
        ["additionalProperties"] = false,
        ["required"] = new JsonArray("scored", "rejected", "profiles", "rejections"),
        ["properties"] = new JsonObject
        {
            ["scored"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0 },
            ["rejected"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0 },
            ["profiles"] = Narrow("Profile", "array"),
            ["rejections"] = Narrow("Rejection", "array"),
        },
    };

    private static JsonObject ProblemDetailsSchema() => new()
    {
        ["description"] = "RFC 9457 problem details.",
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["type"] = new JsonObject { ["type"] = "string", ["format"] = "uri-reference" },
            ["title"] = new JsonObject { ["type"] = "string" },
            ["status"] = new JsonObject { ["type"] = "integer" },
            ["detail"] = new JsonObject { ["type"] = "string" },
            ["instance"] = new JsonObject { ["type"] = "string", ["format"] = "uri-reference" },
        },
    };

    private static JsonObject ValidationProblemDetailsSchema() => new()
    {
        ["allOf"] = new JsonArray(Ref("ProblemDetails")),
        ["type"] = "object",
        ["required"] = new JsonArray("errors"),
        ["properties"] = new JsonObject
        {
            ["errors"] = new JsonObject
            {
                ["description"] = "The messages for each JSON path in the body, such as $[2].answers['CI-M1'].",
                ["type"] = "object",
                ["additionalProperties"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
            },
            ["problems"] = new JsonObject
            {
                ["description"] = "Every problem with its JSON path and machine-readable code.",
                ["type"] = "array",
                ["items"] = new JsonObject
                {
                    ["type"] = "object",
                    ["required"] = new JsonArray("path", "code", "message"),
                    ["properties"] = new JsonObject
                    {
                        ["path"] = new JsonObject { ["type"] = "string" },
                        ["code"] = new JsonObject { ["type"] = "string" },
                        ["message"] = new JsonObject { ["type"] = "string" },
                    },
                },
            },
        },
    };

    private static JsonObject RejectionProblemDetailsSchema() => new()
    {
        ["allOf"] = new JsonArray(Ref("ProblemDetails")),
        ["type"] = "object",
        ["required"] = new JsonArray("rejection"),
        ["properties"] = new JsonObject
        {
            ["rejection"] = Narrow("Rejection", "object"),
        },
    };
}
