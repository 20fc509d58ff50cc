using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LeadershipModel.Campaigns.ScoringApi.OpenApi;

/// <summary>
/// The app's one OpenAPI 3.1 document at <c>/openapi/v1.json</c> (read by the Scalar page): the scoring API as
/// written by hand around the package's schemas (<see cref="ScoringApiDocument"/>), plus the campaign API's
/// operations and schemas as ASP.NET Core generates them from its typed results.
/// </summary>
/// <remarks>
/// The scoring endpoints are excluded from the generated part, so each operation is described once; a schema name
/// in both parts keeps the hand-written one. Stateless and thread-safe.
/// </remarks>
internal static class ApiDocument
{
    /// <summary>The name of the generated document (<c>AddOpenApi()</c>'s default).</summary>
    public const string GeneratedName = "v1";

    /// <summary>Maps <c>GET /openapi/v1.json</c>.</summary>
    /// <param name="app">The routes.</param>
    /// <returns>The routes.</returns>
    public static IEndpointRouteBuilder MapApiDocument(this IEndpointRouteBuilder app)
    {
        app.MapGet("/openapi/v1.json", async ([FromKeyedServices(GeneratedName)] IOpenApiDocumentProvider generated, CancellationToken ct) =>
            Results.Text(await BuildAsync(generated, ct), "application/json")).ExcludeFromDescription();
        return app;
    }

    /// <summary>Builds the merged document as JSON text.</summary>
    /// <param name="generated">The campaign API's generated document.</param>
    /// <param name="cancellationToken">Cancels the generation.</param>
    /// <returns>The document.</returns>
    public static async Task<string> BuildAsync(IOpenApiDocumentProvider generated, CancellationToken cancellationToken)
    {
        var campaigns = JsonNode.Parse(await (await generated.GetOpenApiDocumentAsync(cancellationToken)).SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1, cancellationToken))!.AsObject();
        var document = ScoringApiDocument.Build();
        document["info"]!["description"] = "The campaign app's API (/api: admin, raters and the person's feedback) and the scoring API (/profiles, /profiles/batch, /instruments). "
            + "The scoring request and response bodies are the package's JSON formats; their schemas are embedded unchanged under components.schemas.";
        Merge(document["paths"]!.AsObject(), campaigns["paths"] as JsonObject);
        if (campaigns["components"]?["schemas"] is JsonObject schemas)
        {
            Merge(document["components"]!["schemas"]!.AsObject(), schemas);
        }

        if (campaigns["tags"] is JsonArray tags)
        {
            document["tags"] = tags.DeepClone();
        }

        return document.ToJsonString(new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static void Merge(JsonObject into, JsonObject? from)
    {
        foreach (var (name, value) in from ?? [])
        {
            if (!into.ContainsKey(name))
            {
                into[name] = value?.DeepClone();
            }
        }
    }
}
