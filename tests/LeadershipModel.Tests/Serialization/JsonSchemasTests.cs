using System.Text.Json;
using System.Text.Json.Nodes;
using LeadershipModel.Instruments;
using LeadershipModel.Responses;
using LeadershipModel.Serialization;

namespace LeadershipModel.Tests.Serialization;

/// <summary>
/// The schemas tested against the serializer: every property the writer emits is declared, the required lists are
/// exactly what the reader requires, and every enum is exactly what the reader accepts.
/// </summary>
public sealed class JsonSchemasTests
{
    public static TheoryData<string> InstrumentDocuments() => new(
        JsonFormats.Instrument.Write(CanonicalInstruments.Full),
        JsonFormats.Instrument.Write(CanonicalInstruments.Short),
        JsonFormats.Instrument.Write(TestInstruments.Custom()),
        JsonFormats.Instrument.Write(TestInstruments.Minimal()));

    [Fact]
    public void Schemas_AreDraft202012_WithTheirDocumentedIds()
    {
        foreach (var (text, id) in new[] { (JsonSchemas.Instrument, JsonSchemas.InstrumentSchemaId), (JsonSchemas.ResponseSet, JsonSchemas.ResponseSetSchemaId) })
        {
            var schema = JsonNode.Parse(text)!;
            schema["$schema"]!.GetValue<string>().Should().Be("https://json-schema.org/draft/2020-12/schema");
            schema["$id"]!.GetValue<string>().Should().Be(id);
        }
    }

    [Fact]
    public void Schemas_MatchTheFilesShippedInThePackage()
    {
        var folder = Path.Combine(RepoRoot(), "src", "LeadershipModel", "Schemas");
        JsonSchemas.Instrument.Should().Be(File.ReadAllText(Path.Combine(folder, "instrument.v1.schema.json")));
        JsonSchemas.ResponseSet.Should().Be(File.ReadAllText(Path.Combine(folder, "response-set.v1.schema.json")));
    }

    [Theory]
    [MemberData(nameof(InstrumentDocuments))]
    public void InstrumentSchema_DeclaresEveryPropertyTheWriterEmits(string json)
    {
        var properties = new SchemaWalker(JsonSchemas.Instrument).Properties(JsonNode.Parse(json)!);

        properties.Should().NotBeEmpty();
        properties.Where(p => p.Schemas.Count == 0).Select(p => p.Path).Should().BeEmpty();
    }

    [Fact]
    public void InstrumentSchema_WrittenDocumentsUseAllTheSchemaDeclares()
    {
        var declared = DeclaredPropertyNames(JsonSchemas.Instrument);
        var written = InstrumentDocuments().SelectMany(row => new SchemaWalker(JsonSchemas.Instrument).Properties(JsonNode.Parse((string)row.Data)!))
            .Where(p => p.ParentSchemas.Any(s => s["properties"] is not null))
            .Select(p => p.Name)
            .ToHashSet();

        declared.Except(written).Should().BeEmpty("every declared property should be covered by a written test document");
    }

    [Fact]
    public void InstrumentSchema_RequiredLists_MatchWhatTheReaderRequires()
        => AssertRequiredMatchesReader(JsonSchemas.Instrument, JsonFormats.Instrument.Write(TestInstruments.Custom()), j => JsonFormats.Instrument.Read(j).Errors);

    [Fact]
    public void InstrumentSchema_Enums_AreExactlyWhatTheReaderAccepts()
    {
        var checkedEnums = AssertEnumsMatchReader(JsonSchemas.Instrument, JsonFormats.Instrument.Write(TestInstruments.Custom()), j => JsonFormats.Instrument.Read(j).Errors);

        checkedEnums.Should().BeEquivalentTo(["keying", "pole", "powerBase"]);
    }

    [Fact]
    public void InstrumentSchema_EnumValues_EqualTheReadersNames()
    {
        var defs = JsonNode.Parse(JsonSchemas.Instrument)!["$defs"]!;
        Enum(defs["target"]!["properties"]!["pole"]!).Should().Equal(JsonNames.Poles);
        Enum(defs["target"]!["properties"]!["powerBase"]!).Should().Equal(JsonNames.PowerBases);
        Enum(defs["item"]!["properties"]!["keying"]!).Should().Equal(JsonNames.Keyings);
        Enum(JsonNode.Parse(JsonSchemas.ResponseSet)!["$defs"]!["responseSet"]!["properties"]!["role"]!).Should().Equal(JsonNames.RaterRoleIds);
    }

    [Fact]
    public void InstrumentSchema_DimensionsConstant_IsWhatTheReaderAccepts()
    {
        var minimal = JsonNode.Parse(JsonFormats.Instrument.Write(TestInstruments.Minimal()))!;
        minimal["dimensions"] = "canonical";
        JsonFormats.Instrument.Read(minimal.ToJsonString()).Errors.Should().Contain(e => e.Code == InstrumentErrorCodes.NoItems, "the canonical dimensions were read");
        JsonFormats.Instrument.Read(minimal.ToJsonString()).Errors.Should().NotContain(e => e.Path == "$.dimensions" && e.Code == InstrumentErrorCodes.InvalidValue);

        minimal["dimensions"] = "standard";
        JsonFormats.Instrument.Read(minimal.ToJsonString()).Errors.Should().ContainSingle(e => e.Path == "$.dimensions" && e.Code == InstrumentErrorCodes.InvalidValue);
    }

    [Fact]
    public void ResponseSetSchema_DeclaresEveryPropertyTheWriterEmits()
    {
        var walker = new SchemaWalker(JsonSchemas.ResponseSet);
        foreach (var json in new[] { JsonFormats.ResponseSet.Write(ResponseSetJsonTests.Sample()), JsonFormats.ResponseSets.Write([ResponseSetJsonTests.Sample(), ResponseSetJsonTests.Sample() with { TargetId = null }]) })
        {
            var properties = walker.Properties(JsonNode.Parse(json)!);
            properties.Should().NotBeEmpty();
            properties.Where(p => p.Schemas.Count == 0).Select(p => p.Path).Should().BeEmpty();
        }
    }

    [Fact]
    public void ResponseSetSchema_RequiredLists_MatchWhatTheReaderRequires()
        => AssertRequiredMatchesReader(JsonSchemas.ResponseSet, JsonFormats.ResponseSet.Write(ResponseSetJsonTests.Sample()), j => JsonFormats.ResponseSet.Read(j).Errors);

    [Fact]
    public void ResponseSetSchema_Enums_AreExactlyWhatTheReaderAccepts()
        => AssertEnumsMatchReader(JsonSchemas.ResponseSet, JsonFormats.ResponseSet.Write(ResponseSetJsonTests.Sample()), j => JsonFormats.ResponseSet.Read(j).Errors)
            .Should().BeEquivalentTo(["role"]);

    /// <summary>Removes each property in turn: the reader reports <c>required</c> at its path exactly when the schema lists it as required.</summary>
    internal static void AssertRequiredMatchesReader(string schema, string json, Func<string, EquatableArray<JsonError>> read)
    {
        var walker = new SchemaWalker(schema);
        var properties = walker.Properties(JsonNode.Parse(json)!);
        var requiredSeen = 0;
        foreach (var property in properties)
        {
            var required = property.ParentSchemas.Where(s => s["properties"] is not null).Any(s => s["required"] is JsonArray r && r.Any(n => n!.GetValue<string>() == property.Name));
            var document = JsonNode.Parse(json)!;
            Parent(document, property.Segments).AsObject().Remove(property.Name);

            var errors = read(document.ToJsonString());

            errors.Any(e => e.Path == property.Path && e.Code == InstrumentErrorCodes.Required).Should().Be(required, $"{property.Path} is {(required ? "" : "not ")}required by the schema; errors: {string.Join("; ", errors)}");
            requiredSeen += required ? 1 : 0;
        }

        requiredSeen.Should().BeGreaterThan(0);
    }

    /// <summary>Sets each enum-typed property to every listed value (accepted) and to an unlisted one (rejected at its path).</summary>
    internal static HashSet<string> AssertEnumsMatchReader(string schema, string json, Func<string, EquatableArray<JsonError>> read)
    {
        var walker = new SchemaWalker(schema);
        var names = new HashSet<string>();
        foreach (var property in walker.Properties(JsonNode.Parse(json)!).Where(p => p.Schemas.Any(s => walker.EnumSchemas(s).Any())))
        {
            names.Add(property.Name);
            var values = property.Schemas.SelectMany(walker.EnumSchemas).SelectMany(s => Enum(s)).ToList();
            foreach (var value in values.Append("not-a-listed-value"))
            {
                var document = JsonNode.Parse(json)!;
                Parent(document, property.Segments)[property.Name] = value;
                var errors = read(document.ToJsonString());
                errors.Any(e => e.Path == property.Path).Should().Be(!values.Contains(value), $"{property.Path} = '{value}'; errors: {string.Join("; ", errors)}");
            }
        }

        return names;
    }

    internal static List<string> Enum(JsonNode schema) => [.. schema["enum"]!.AsArray().Select(n => n!.GetValue<string>())];

    private static JsonNode Parent(JsonNode document, List<object> segments)
    {
        var node = document;
        foreach (var segment in segments.SkipLast(1))
        {
            node = segment is int i ? node[i]! : node[(string)segment]!;
        }

        return node;
    }

    internal static HashSet<string> DeclaredPropertyNames(string schema)
    {
        var names = new HashSet<string>();
        void Visit(JsonNode? node)
        {
            if (node is JsonObject obj)
            {
                if (obj["properties"] is JsonObject props)
                {
                    names.UnionWith(props.Select(p => p.Key));
                }

                foreach (var (_, child) in obj)
                {
                    Visit(child);
                }
            }
            else if (node is JsonArray array)
            {
                foreach (var child in array)
                {
                    Visit(child);
                }
            }
        }

        Visit(JsonNode.Parse(schema));
        return names;
    }

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LeadershipModel.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("LeadershipModel.sln not found.");
    }
}
