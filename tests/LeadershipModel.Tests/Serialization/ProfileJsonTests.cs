using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LeadershipModel.Instruments;
using LeadershipModel.Scoring;
using LeadershipModel.Serialization;

namespace LeadershipModel.Tests.Serialization;

public sealed class ProfileJsonTests
{
    public static TheoryData<string> Names() => new("canonical-0", "canonical-1", "canonical-2", "rich", "bipolar", "gaps");

    internal static LeadershipProfile ByName(string name) => name switch
    {
        "rich" => ProfileSamples.Rich(),
        "bipolar" => ProfileSamples.Bipolar(),
        "gaps" => ProfileSamples.SmallWithGaps(),
        _ => ProfileSamples.Canonical()[int.Parse(name["canonical-".Length..])],
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Write_ThenRead_EqualsTheScoredProfile(string name)
    {
        var profile = ByName(name);

        JsonFormats.Profile.Read(JsonFormats.Profile.Write(profile)).GetValueOrThrow().Should().Be(profile);
        JsonFormats.Profile.Read(JsonFormats.Profile.Write(profile, indented: false)).GetValueOrThrow().Should().Be(profile);
    }

    [Fact]
    public void Write_ThenRead_ExtensionsOfStringDoubleAndBool_RoundTripExactly()
    {
        var profile = ProfileSamples.Rich();
        var read = JsonFormats.Profile.Read(JsonFormats.Profile.Write(profile)).GetValueOrThrow();

        read.Extensions.GetValueOrDefault(ProfileSamples.Suggestion).Should().Be("Develop \"beta\" — ünïcode");
        read.Extensions.GetValueOrDefault(ProfileSamples.Score).Should().Be(0.1 + 0.2, "doubles are written at full precision");
        read.Extensions.GetValueOrDefault(ProfileSamples.Flagged).Should().BeTrue();
        read.Extensions.Should().Be(profile.Extensions);
    }

    [Fact]
    public void Write_OtherExtensionTypes_AreWrittenAsNumbersOrInvariantText_AndReadBackAsDoubleOrString()
    {
        var engine = ScoringEngine.CreateBuilder().AddInstrument(LeadershipModel.Tests.Scoring.TestInstruments.Small())
            .AddEnricher("typed", a =>
            {
                a.Extensions.Set(new ExtensionKey<int>("count"), 13);
                a.Extensions.Set(new ExtensionKey<DateOnly>("date"), new DateOnly(2026, 3, 1));
                a.Extensions.Set(new ExtensionKey<double>("nan"), double.NaN);
                a.Extensions.Set(new ExtensionKey<string?>("nothing"), null);
                a.Extensions.Set(new ExtensionKey<List<int>>("list"), [1, 2]);
            })
            .Build();
        var profile = engine.Score(ProfileSamples.SmallWithGapsSet()).Profile!;

        var json = JsonFormats.Profile.Write(profile, indented: false);
        var read = JsonFormats.Profile.Read(json).GetValueOrThrow();

        json.Should().Contain("\"extensions\":{\"count\":13,\"date\":\"03/01/2026\",\"nan\":\"NaN\",\"nothing\":null,\"list\":\"System.Collections.Generic.List`1[System.Int32]\"}");
        read.Extensions.Values.Should().Equal(
            KeyValuePair.Create("count", (object?)13.0),
            KeyValuePair.Create("date", (object?)"03/01/2026"),
            KeyValuePair.Create("nan", (object?)"NaN"),
            KeyValuePair.Create("nothing", (object?)null),
            KeyValuePair.Create("list", (object?)"System.Collections.Generic.List`1[System.Int32]"));
        read.Should().Be(profile with { Extensions = read.Extensions }, "everything but the extensions round-trips exactly");
    }

    [Fact]
    public void Write_Bipolar_WritesNullForWhatWasNotMeasured()
    {
        var json = JsonNode.Parse(JsonFormats.Profile.Write(ProfileSamples.Bipolar()))!;
        var alpha = json["dimensions"]![0]!;

        alpha["management"].Should().BeNull();
        alpha["leadership"].Should().BeNull();
        alpha["integration"].Should().BeNull();
        alpha["quadrant"].Should().BeNull();
        alpha["orientation"]!.GetValue<double>().Should().Be(alpha["bipolarOrientation"]!.GetValue<double>());
        alpha["bipolarScale"]!["target"]!.GetValue<string>().Should().Be("alpha");
        json["overall"]!["integration"].Should().BeNull();
        json.AsObject().ContainsKey("authority").Should().BeTrue();
        json["authority"].Should().BeNull();
    }

    [Fact]
    public void Write_Shape_UsesCamelCaseKeysNamesAndTargetKeys()
    {
        var profile = ProfileSamples.Rich();
        var json = JsonNode.Parse(JsonFormats.Profile.Write(profile))!;

        json["$schema"]!.GetValue<string>().Should().Be(JsonSchemas.ProfileSchemaId);
        json["role"]!.GetValue<string>().Should().Be("direct-report");
        json["dimensions"]![0]!["managementScale"]!["target"]!.GetValue<string>().Should().Be("alpha/management");
        json["dimensions"]![0]!["quadrant"]!.GetValue<string>().Should().Be(profile.Dimensions[0].Position.Quadrant!.Value.ToString().ToLowerInvariant());
        json["scales"]!.AsArray().Select(s => s!["target"]!.GetValue<string>()).Should().Contain(["base/referent", "construct/safety", "beta/leadership"]);
        json["authority"]!["bases"]![0]!["base"]!.GetValue<string>().Should().Be("referent");
        json["authority"]!["sources"]![0]!["source"]!.GetValue<string>().Should().Be("character");
        json["norms"]!.AsArray().Select(n => n!["indexId"]!.GetValue<string>()).Should().Contain(["management", "alpha/leadership", "base/referent"]);
        json["diagnostics"]!["adjustedAnswers"]![0]!["itemId"]!.GetValue<string>().Should().Be("BL2");
        json["diagnostics"]!["flags"]!.AsArray().Select(f => f!["code"]!.GetValue<string>()).Should().Contain([DiagnosticCodes.AnswerAdjusted, DiagnosticCodes.WeakScale]);
        json["diagnostics"]!["pluginFailures"]![0]!["pluginName"]!.GetValue<string>().Should().Be("crashing");
        json["provenance"]!["instrumentId"]!.GetValue<string>().Should().Be("small");
    }

    [Fact]
    public void Write_Numbers_AreWrittenAtFullPrecision()
    {
        var profile = ProfileSamples.Canonical(1)[0];
        var json = JsonFormats.Profile.Write(profile, indented: false);
        using var document = JsonDocument.Parse(json);

        var overall = document.RootElement.GetProperty("overall");
        overall.GetProperty("management").GetDouble().Should().Be(profile.Overall.Management!.Value);
        overall.GetProperty("orientation").GetDouble().Should().Be(profile.Overall.Orientation!.Value);
        overall.GetProperty("integration").GetRawText().Should().Be(profile.Overall.Integration!.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Read_DerivedValues_AreRecomputedNotRead()
    {
        var profile = ProfileSamples.Rich();
        var json = JsonNode.Parse(JsonFormats.Profile.Write(profile))!;
        json["dimensions"]![0]!["orientation"] = 0.987;
        json["dimensions"]![0]!["integration"] = 0.123;
        json["dimensions"]![0]!["quadrant"] = "disengaged";
        json["dimensions"]![0]!["isWeak"] = false;
        json["diagnostics"]!["answeredShare"] = 0.01;

        var read = JsonFormats.Profile.Read(json.ToJsonString()).GetValueOrThrow();

        read.Should().Be(profile);
        read.Dimensions[0].Position.Orientation.Should().Be(profile.Dimensions[0].Position.Orientation);
    }

    [Fact]
    public void WriteTo_Stream_EqualsWrite_AndReadsBack()
    {
        var profile = ProfileSamples.Rich();
        using var stream = new MemoryStream();

        JsonFormats.Profile.WriteTo(profile, stream);

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(JsonFormats.Profile.Write(profile));
        stream.Position = 0;
        JsonFormats.Profile.Read(stream).GetValueOrThrow().Should().Be(profile);
    }

    [Fact]
    public void WriteMany_ThenReadMany_RoundTripsInOrder()
    {
        var profiles = ProfileSamples.All().ToList();

        var json = JsonFormats.Profiles.Write(profiles.ToEquatableArray(), indented: false);

        JsonFormats.Profiles.Read(json).GetValueOrThrow().Should().Equal(profiles);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        JsonFormats.Profiles.Read(stream).GetValueOrThrow().Should().Equal(profiles);
        json.Should().NotContain("$schema", "array elements carry no $schema");
    }

    [Fact]
    public void ReadMany_ProblemsInSeveralProfiles_PathsStartWithTheProfileIndex()
    {
        var json = JsonNode.Parse(JsonFormats.Profiles.Write([ProfileSamples.Bipolar(), ProfileSamples.Bipolar(), ProfileSamples.Bipolar()]))!;
        json[1]!["role"] = "boss";
        json[2]!["dimensions"]![1]!["bipolarScale"]!["itemCount"] = -1;

        var result = JsonFormats.Profiles.Read(json.ToJsonString());

        result.Errors.Select(e => (e.Code, e.Path)).Should().Equal(
            (InstrumentErrorCodes.InvalidValue, "$[1].role"),
            (InstrumentErrorCodes.InvalidValue, "$[2].dimensions[1].bipolarScale.itemCount"));
    }

    [Fact]
    public void ReadMany_NotAnArray_IsAnError()
        => JsonFormats.Profiles.Read("{}").Errors.Should().ContainSingle(e => e.Path == "$" && e.Code == InstrumentErrorCodes.InvalidValue);

    [Fact]
    public void Read_OverSizeLimit_ReportsInvalidJson()
        => JsonFormats.Profile.Read(JsonFormats.Profile.Write(ProfileSamples.Bipolar()), new JsonReadOptions { MaxDocumentBytes = 100 }).Errors
            .Should().ContainSingle(e => e.Code == JsonErrorCodes.InvalidJson && e.Path == "$");
}
