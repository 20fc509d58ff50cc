using System.Text.Json.Nodes;
using LeadershipModel.Serialization;
using static LeadershipModel.Tests.Serialization.JsonSchemasTests;

namespace LeadershipModel.Tests.Serialization;

/// <summary>
/// The profile, rejection and norm-table schemas tested against the serializer as the instrument schema is: every
/// property the writer emits is declared, the required lists are exactly what the reader requires, and every enum
/// is exactly what the reader accepts.
/// </summary>
public sealed class ResultSchemasTests
{
    public static TheoryData<string> ProfileDocuments() => new(
        JsonFormats.Profile.Write(ProfileSamples.Rich()),
        JsonFormats.Profile.Write(ProfileSamples.Bipolar()),
        JsonFormats.Profile.Write(ProfileSamples.SmallWithGaps()),
        JsonFormats.Profiles.Write(ProfileSamples.Canonical(2).ToEquatableArray()));

    public static TheoryData<string> RejectionDocuments() => new(
        JsonFormats.Rejection.Write(RejectionJsonTests.Sample()),
        JsonFormats.Rejections.Write(RejectionJsonTests.Batch().Rejections));

    public static TheoryData<string> NormTableDocuments() => new(
        JsonFormats.NormTable.Write(ProfileSamples.SmallNorms()),
        JsonFormats.NormTable.Write(NormTableJsonTests.Awkward()));

    [Fact]
    public void Schemas_AreDraft202012_WithTheirDocumentedIds()
    {
        foreach (var (text, id) in new[] { (JsonSchemas.Profile, JsonSchemas.ProfileSchemaId), (JsonSchemas.Rejection, JsonSchemas.RejectionSchemaId), (JsonSchemas.NormTable, JsonSchemas.NormTableSchemaId) })
        {
            var schema = JsonNode.Parse(text)!;
            schema["$schema"]!.GetValue<string>().Should().Be("https://json-schema.org/draft/2020-12/schema");
            schema["$id"]!.GetValue<string>().Should().Be(id);
        }
    }

    [Fact]
    public void ChangeAndUnitSchemas_AreDraft202012_MatchTheShippedFiles_AndDeclareWhatTheWritersEmit()
    {
        var folder = Path.Combine(RepoRoot(), "src", "LeadershipModel", "Schemas");
        foreach (var (text, id, file) in new[] { (JsonSchemas.Change, JsonSchemas.ChangeSchemaId, "change.v1.schema.json"), (JsonSchemas.UnitReport, JsonSchemas.UnitReportSchemaId, "unit-report.v1.schema.json") })
        {
            var schema = JsonNode.Parse(text)!;
            schema["$schema"]!.GetValue<string>().Should().Be("https://json-schema.org/draft/2020-12/schema");
            schema["$id"]!.GetValue<string>().Should().Be(id);
            text.Should().Be(File.ReadAllText(Path.Combine(folder, file)));
        }

        var change = new LeadershipModel.Change.ChangeReport
        {
            ReliabilitySource = "s",
            Z = 1.96,
            People = [new() { RespondentId = "a", TargetId = "a", Indices = [new() { IndexId = "leadership", Pre = 0.1, Post = 0.2, Difference = 0.1, Rci = 2.5, Category = LeadershipModel.Change.ChangeCategory.Increased }] }],
            Groups = [new() { TargetId = "a", Group = "peer", RatersPre = 3, RatersPost = 3, Indices = [new() { IndexId = "leadership", Pre = 0.3 }] }],
            Unmatched = [new() { RespondentId = "b", TargetId = "b", PresentIn = LeadershipModel.Change.ChangeWave.Post }],
            Summary = [new() { IndexId = "leadership", Count = 1 }],
        };
        AssertAllDeclared(JsonSchemas.Change, JsonFormats.ChangeReport.Write(change));
        var unit = new LeadershipModel.Teams.UnitReport
        {
            MinimumUnitSize = 3,
            Perspective = LeadershipModel.Teams.UnitPerspective.Others,
            Units = [new() { Unit = "u", People = 3, Quadrants = new() { Manager = 3 }, ProfileTypes = [new() { ProfileType = "Manager", People = 3 }], Dimensions = [new() { DimensionId = "d", Management = new() { Q1 = 0, Median = 0.5, Q3 = 1 } }], FollowerConferredShare = null }],
            Withheld = [new() { Unit = "w", People = 1, Reason = "small" }],
        };
        AssertAllDeclared(JsonSchemas.UnitReport, JsonFormats.UnitReport.Write(unit));
        JsonFormats.ChangeReport.Write(change).Should().Contain("\"category\": \"increased\"").And.Contain("\"presentIn\": \"post\"");
    }

    [Fact]
    public void Schemas_MatchTheFilesShippedInThePackage()
    {
        var folder = Path.Combine(RepoRoot(), "src", "LeadershipModel", "Schemas");
        JsonSchemas.Profile.Should().Be(File.ReadAllText(Path.Combine(folder, "profile.v1.schema.json")));
        JsonSchemas.Rejection.Should().Be(File.ReadAllText(Path.Combine(folder, "rejection.v1.schema.json")));
        JsonSchemas.NormTable.Should().Be(File.ReadAllText(Path.Combine(folder, "norm-table.v1.schema.json")));
    }

    [Theory]
    [MemberData(nameof(ProfileDocuments))]
    public void ProfileSchema_DeclaresEveryPropertyTheWriterEmits(string json) => AssertAllDeclared(JsonSchemas.Profile, json);

    [Theory]
    [MemberData(nameof(RejectionDocuments))]
    public void RejectionSchema_DeclaresEveryPropertyTheWriterEmits(string json) => AssertAllDeclared(JsonSchemas.Rejection, json);

    [Theory]
    [MemberData(nameof(NormTableDocuments))]
    public void NormTableSchema_DeclaresEveryPropertyTheWriterEmits(string json) => AssertAllDeclared(JsonSchemas.NormTable, json);

    [Fact]
    public void Schemas_WrittenDocumentsUseAllTheSchemasDeclare()
    {
        AssertAllUsed(JsonSchemas.Profile, ProfileDocuments());
        AssertAllUsed(JsonSchemas.Rejection, RejectionDocuments());
        AssertAllUsed(JsonSchemas.NormTable, NormTableDocuments());
    }

    [Fact]
    public void ProfileSchema_RequiredLists_MatchWhatTheReaderRequires()
        => AssertRequiredMatchesReader(JsonSchemas.Profile, JsonFormats.Profile.Write(ProfileSamples.Rich()), j => JsonFormats.Profile.Read(j).Errors);

    [Fact]
    public void RejectionSchema_RequiredLists_MatchWhatTheReaderRequires()
        => AssertRequiredMatchesReader(JsonSchemas.Rejection, JsonFormats.Rejection.Write(RejectionJsonTests.Sample()), j => JsonFormats.Rejection.Read(j).Errors);

    [Fact]
    public void NormTableSchema_RequiredLists_MatchWhatTheReaderRequires()
        => AssertRequiredMatchesReader(JsonSchemas.NormTable, JsonFormats.NormTable.Write(ProfileSamples.SmallNorms()), j => JsonFormats.NormTable.Read(j).Errors);

    [Fact]
    public void ProfileSchema_Enums_AreExactlyWhatTheReaderAccepts()
        => AssertEnumsMatchReader(JsonSchemas.Profile, JsonFormats.Profile.Write(ProfileSamples.Rich()), j => JsonFormats.Profile.Read(j).Errors)
            .Should().BeEquivalentTo(["role", "quadrant", "status", "base", "source", "primarySource"]);

    [Fact]
    public void RejectionSchema_Enums_AreExactlyWhatTheReaderAccepts()
        => AssertEnumsMatchReader(JsonSchemas.Rejection, JsonFormats.Rejection.Write(RejectionJsonTests.Sample()), j => JsonFormats.Rejection.Read(j).Errors)
            .Should().BeEquivalentTo(["role"]);

    [Fact]
    public void ProfileSchema_EnumValues_EqualTheReadersNames()
    {
        var defs = JsonNode.Parse(JsonSchemas.Profile)!["$defs"]!;
        Enum(defs["quadrantName"]!).Should().Equal(JsonNames.Quadrants);
        Enum(defs["sourceName"]!).Should().Equal(JsonNames.Sources);
        Enum(defs["scale"]!["properties"]!["status"]!).Should().Equal(JsonNames.ScaleStatuses);
        Enum(defs["profile"]!["properties"]!["role"]!).Should().Equal(JsonNames.RaterRoleIds);
        Enum(defs["authority"]!["properties"]!["bases"]!["items"]!["properties"]!["base"]!).Should().Equal(JsonNames.PowerBases);
        Enum(JsonNode.Parse(JsonSchemas.Rejection)!["$defs"]!["rejection"]!["properties"]!["role"]!).Should().Equal(JsonNames.RaterRoleIds);
    }

    [Fact]
    public void ProfileSchema_ScaleKeyPattern_AcceptsEveryKeyTheWriterEmits()
    {
        var pattern = new System.Text.RegularExpressions.Regex(JsonNode.Parse(JsonSchemas.Profile)!["$defs"]!["scaleKey"]!["pattern"]!.GetValue<string>());
        var keys = ProfileSamples.All().SelectMany(p => p.Scales).Select(s => s.Target.Key).Distinct().ToList();

        keys.Should().Contain(["alpha", "base/referent", "construct/safety", "control-influence/management"]);
        keys.Should().OnlyContain(k => pattern.IsMatch(k));
    }

    private static void AssertAllDeclared(string schema, string json)
    {
        var properties = new SchemaWalker(schema).Properties(JsonNode.Parse(json)!);

        properties.Should().NotBeEmpty();
        properties.Where(p => p.Schemas.Count == 0).Select(p => p.Path).Should().BeEmpty();
    }

    private static void AssertAllUsed(string schema, TheoryData<string> documents)
    {
        var written = documents.SelectMany(row => new SchemaWalker(schema).Properties(JsonNode.Parse((string)row.Data)!))
            .Where(p => p.ParentSchemas.Any(s => s["properties"] is not null))
            .Select(p => p.Name)
            .ToHashSet();

        DeclaredPropertyNames(schema).Except(written).Should().BeEmpty("every declared property should be covered by a written test document");
    }
}
