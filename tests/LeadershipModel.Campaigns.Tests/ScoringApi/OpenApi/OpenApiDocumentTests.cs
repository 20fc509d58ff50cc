using System.Net;
using System.Text.Json.Nodes;
using LeadershipModel.Serialization;
using LeadershipModel.Campaigns.Tests.ScoringApi.Infrastructure;

namespace LeadershipModel.Campaigns.Tests.ScoringApi.OpenApi;

public sealed class OpenApiDocumentTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private async Task<JsonNode> DocumentAsync()
    {
        var response = await api.Client.GetPathAsync("/openapi/v1.json");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.MediaType().Should().Be("application/json");
        return await response.JsonAsync();
    }

    [Fact]
    public async Task Document_IsOpenApi31WithTheJsonSchema202012Dialect()
    {
        var doc = await DocumentAsync();

        doc["openapi"]!.GetValue<string>().Should().StartWith("3.1.");
        doc["jsonSchemaDialect"]!.GetValue<string>().Should().Be("https://json-schema.org/draft/2020-12/schema");
    }

    [Theory]
    [InlineData("ResponseSet")]
    [InlineData("Profile")]
    [InlineData("Rejection")]
    [InlineData("Instrument")]
    public async Task Components_PackageSchema_IsEmbeddedUnchanged(string component)
    {
        var expected = component switch
        {
            "ResponseSet" => JsonSchemas.ResponseSet,
            "Profile" => JsonSchemas.Profile,
            "Rejection" => JsonSchemas.Rejection,
            _ => JsonSchemas.Instrument,
        };

        var doc = await DocumentAsync();

        JsonNode.DeepEquals(doc["components"]!["schemas"]![component], JsonNode.Parse(expected)).Should().BeTrue();
    }

    [Theory]
    [InlineData("/profiles", "post", "ResponseSet", "object", "200", "Profile", "object")]
    [InlineData("/profiles/batch", "post", "ResponseSet", "array", null, null, null)]
    public async Task Operation_RequestAndResponse_AreThePackageSchemasNarrowed(
        string path, string method, string request, string requestType, string? status, string? response, string? responseType)
    {
        var operation = (await DocumentAsync())["paths"]![path]![method]!;

        var requestSchema = operation["requestBody"]!["content"]!["application/json"]!["schema"]!;
        requestSchema["allOf"]![0]!["$ref"]!.GetValue<string>().Should().Be("#/components/schemas/" + request);
        requestSchema["type"]!.GetValue<string>().Should().Be(requestType);
        if (status is not null)
        {
            var responseSchema = operation["responses"]![status]!["content"]!["application/json"]!["schema"]!;
            responseSchema["allOf"]![0]!["$ref"]!.GetValue<string>().Should().Be("#/components/schemas/" + response);
            responseSchema["type"]!.GetValue<string>().Should().Be(responseType);
        }
    }

    [Fact]
    public async Task BatchResult_ProfilesAndRejections_AreThePackageSchemas()
    {
        var doc = await DocumentAsync();
        var ok = doc["paths"]!["/profiles/batch"]!["post"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!;
        ok["$ref"]!.GetValue<string>().Should().Be("#/components/schemas/BatchScoringResult");

        var batch = doc["components"]!["schemas"]!["BatchScoringResult"]!["properties"]!;

        batch["profiles"]!["allOf"]![0]!["$ref"]!.GetValue<string>().Should().Be("#/components/schemas/Profile");
        batch["profiles"]!["type"]!.GetValue<string>().Should().Be("array");
        batch["rejections"]!["allOf"]![0]!["$ref"]!.GetValue<string>().Should().Be("#/components/schemas/Rejection");
        doc["components"]!["schemas"]!["RejectionProblemDetails"]!["properties"]!["rejection"]!["allOf"]![0]!["$ref"]!
            .GetValue<string>().Should().Be("#/components/schemas/Rejection");
    }

    [Fact]
    public async Task Instrument_Response_IsThePackageSchema()
    {
        var doc = await DocumentAsync();

        var schema = doc["paths"]!["/instruments/{id}"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!;

        schema["$ref"]!.GetValue<string>().Should().Be("#/components/schemas/Instrument");
    }

    [Fact]
    public async Task Document_EveryComponentReference_Resolves()
    {
        var doc = await DocumentAsync();
        var components = doc["components"]!["schemas"]!.AsObject();
        var refs = new List<string>();
        Collect(doc["paths"]!, refs);
        foreach (var (name, schema) in components)
        {
            if (name is not ("ResponseSet" or "Profile" or "Rejection" or "Instrument"))
            {
                Collect(schema!, refs);
            }
        }

        refs.Should().NotBeEmpty();
        refs.Should().OnlyContain(r => r.StartsWith("#/components/schemas/", StringComparison.Ordinal)
            && components.ContainsKey(r.Substring("#/components/schemas/".Length)));
    }

    [Fact]
    public async Task Document_EveryMappedOperation_IsDescribed()
    {
        var paths = (await DocumentAsync())["paths"]!.AsObject();

        // The scoring API by hand, the campaign API as generated: one document, each operation once.
        paths.Select(p => p.Key).Should().Contain(["/profiles", "/profiles/batch", "/instruments/{id}", "/health", "/api/campaigns", "/api/rate/{token}/submission"]);
        paths.Select(p => p.Key).Where(p => !p.StartsWith("/api/", StringComparison.Ordinal))
            .Should().BeEquivalentTo("/profiles", "/profiles/batch", "/instruments/{id}", "/health");
    }

    private static void Collect(JsonNode node, List<string> refs)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key == "$ref")
                    {
                        refs.Add(value!.GetValue<string>());
                    }
                    else if (value is not null)
                    {
                        Collect(value, refs);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    if (item is not null)
                    {
                        Collect(item, refs);
                    }
                }

                break;
        }
    }
}
