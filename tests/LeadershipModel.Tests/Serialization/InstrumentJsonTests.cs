using System.Text;
using System.Text.Json.Nodes;
using LeadershipModel.Instruments;
using LeadershipModel.Serialization;

namespace LeadershipModel.Tests.Serialization;

public sealed class InstrumentJsonTests
{
    public static TheoryData<string> Instruments() => new("canonical", "canonical-short", "custom", "minimal");

    private static Instrument Get(string name) => name switch
    {
        "canonical" => CanonicalInstruments.Full,
        "canonical-short" => CanonicalInstruments.Short,
        "custom" => TestInstruments.Custom(),
        _ => TestInstruments.Minimal(),
    };

    [Theory]
    [MemberData(nameof(Instruments))]
    public void Write_ThenRead_EqualsTheOriginal(string name)
    {
        var instrument = Get(name);

        InstrumentJson.Read(InstrumentJson.Write(instrument)).GetValueOrThrow().Should().Be(instrument);
        InstrumentJson.Read(InstrumentJson.Write(instrument, indented: false)).GetValueOrThrow().Should().Be(instrument);
    }

    [Theory]
    [MemberData(nameof(Instruments))]
    public void Write_IsStable_WriteReadWriteGivesTheSameText(string name)
    {
        var json = InstrumentJson.Write(Get(name));

        InstrumentJson.Write(InstrumentJson.Read(json).GetValueOrThrow()).Should().Be(json);
    }

    [Fact]
    public void Write_CanonicalDimensions_AreTheStringCanonical()
    {
        var json = JsonNode.Parse(InstrumentJson.Write(CanonicalInstruments.Full))!;

        json["dimensions"]!.GetValue<string>().Should().Be("canonical");
        json["$schema"]!.GetValue<string>().Should().Be(JsonSchemas.InstrumentSchemaId);
        json["isValidated"]!.GetValue<bool>().Should().BeFalse();
    }

    [Fact]
    public void Write_CustomInstrument_HasTheDocumentedShape()
    {
        var json = JsonNode.Parse(InstrumentJson.Write(TestInstruments.Custom()))!;

        json["dimensions"]![0]!["managementPole"]!["label"]!.GetValue<string>().Should().Be("Manage pace");
        json["items"]![0]!["text"]!["de-CH"]!.GetValue<string>().Should().Be("Ich gib s Tempo vor.");
        json["items"]![1]!["text"]!.GetValue<string>().Should().Be("I slow down for others.");
        json["items"]![1]!["keying"]!.GetValue<string>().Should().Be("reverse");
        json["items"]![1]!["weight"]!.GetValue<double>().Should().Be(0.5);
        json["items"]![0]!["target"]!.ToJsonString().Should().Be("""{"dimension":"pace","pole":"management"}""");
        json["items"]![3]!["target"]!.ToJsonString().Should().Be("""{"dimension":"focus"}""");
        json["items"]![4]!["target"]!.ToJsonString().Should().Be("""{"powerBase":"referent"}""");
        json["items"]![4]!["text"]!.ToJsonString().Should().Be("""{"de":"Die Leute folgen mir gern."}""");
        json["items"]![5]!["target"]!.ToJsonString().Should().Be("""{"construct":"psychological-safety"}""");
        json["scale"]!.ToJsonString().Should().Contain("\"integerOnly\":false");
        json["reliabilities"]![0]!["standardDeviation"]!.GetValue<double>().Should().Be(0.17);
    }

    [Fact]
    public void Write_NonAsciiText_IsWrittenUnescaped()
        => InstrumentJson.Write(TestInstruments.Custom()).Should().Contain("Details (0) … the whole (10).").And.Contain("<tags> & ampersands");

    [Fact]
    public async Task Read_StreamAndAsync_EqualReadString()
    {
        var instrument = TestInstruments.Custom();
        using var stream = new MemoryStream();
        InstrumentJson.WriteTo(instrument, stream);

        stream.Position = 0;
        InstrumentJson.Read(stream).GetValueOrThrow().Should().Be(instrument);
        stream.Position = 0;
        (await InstrumentJson.ReadAsync(stream, cancellationToken: TestContext.Current.CancellationToken)).GetValueOrThrow().Should().Be(instrument);
    }

    [Fact]
    public void Read_Utf8WithByteOrderMark_IsAccepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(InstrumentJson.Write(TestInstruments.Minimal()))).ToArray();

        InstrumentJson.Read(new MemoryStream(bytes)).GetValueOrThrow().Should().Be(TestInstruments.Minimal());
    }

    [Fact]
    public void Read_CommentsAndTrailingCommas_AreAllowed()
    {
        const string json = """
            // A hand-written instrument.
            { "id": "hand", "version": "1", "name": "Hand",
              "items": [ { "id": "q1", "text": "I decide.", "target": { "powerBase": "legitimate" }, }, ], }
            """;

        InstrumentJson.Read(json).IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void Read_Defaults_ApplyWhenOptionalFieldsAreAbsent()
    {
        var instrument = InstrumentJson.Read("""{"id":"hand","version":"1","name":"Hand","items":[{"id":"q1","text":"I decide.","target":{"powerBase":"legitimate"}}]}""").GetValueOrThrow();

        instrument.Scale.Should().Be(ResponseScale.Default);
        instrument.Dimensions.Should().BeSameAs(DimensionSet.Empty);
        instrument.Items[0].Keying.Should().Be(Keying.Positive);
        instrument.Items[0].Weight.Should().Be(1);
        instrument.Definition.IsValidated.Should().BeFalse();
    }

    [Fact]
    public void Read_OverSizeLimit_IsRefusedBeforeParsing()
    {
        var json = InstrumentJson.Write(CanonicalInstruments.Full);
        var options = new JsonReadOptions { MaxDocumentBytes = 1000 };

        InstrumentJson.Read(json, options).Errors.Should().ContainSingle(e => e.Code == InstrumentErrorCodes.InvalidJson && e.Path == "$");
        InstrumentJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), options).Errors.Should().ContainSingle(e => e.Code == InstrumentErrorCodes.InvalidJson);
    }

    [Fact]
    public void Read_UnseekableStreamOverSizeLimit_IsRefused()
    {
        var json = InstrumentJson.Write(CanonicalInstruments.Full);
        using var stream = new UnseekableStream(Encoding.UTF8.GetBytes(json));

        InstrumentJson.Read(stream, new JsonReadOptions { MaxDocumentBytes = 1000 }).Errors.Should().ContainSingle(e => e.Code == InstrumentErrorCodes.InvalidJson);
    }

    [Fact]
    public void Read_DepthLimit_IsConfigurable()
    {
        var json = InstrumentJson.Write(TestInstruments.Custom());

        InstrumentJson.Read(json, new JsonReadOptions { MaxDepth = 3 }).Errors.Should().ContainSingle(e => e.Code == InstrumentErrorCodes.InvalidJson && e.Message.Contains("depth"));
        InstrumentJson.Read(json, new JsonReadOptions { MaxDepth = 6 }).IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void Read_RootNotAnObject_IsAnError()
        => InstrumentJson.Read("[]").Errors.Should().ContainSingle(e => e.Path == "$" && e.Code == InstrumentErrorCodes.InvalidValue);

    [Fact]
    public void Read_BadTranslations_ReportEachLanguage()
    {
        var json = JsonNode.Parse(InstrumentJson.Write(TestInstruments.Minimal()))!;
        json["items"]![0]!["text"] = JsonNode.Parse("""{"en":"Fine","de":"","fr":3}""");

        InstrumentJson.Read(json.ToJsonString()).Errors.Select(e => (e.Code, e.Path)).Should().Equal(
            (InstrumentErrorCodes.Required, "$.items[0].text.de"),
            (InstrumentErrorCodes.Required, "$.items[0].text.fr"));
    }

    [Fact]
    public void Read_TargetWithTwoKinds_IsAnError()
    {
        var json = JsonNode.Parse(InstrumentJson.Write(TestInstruments.Minimal()))!;
        json["items"]![0]!["target"] = JsonNode.Parse("""{"powerBase":"expert","construct":"x"}""");

        InstrumentJson.Read(json.ToJsonString()).Errors.Should().ContainSingle(e => e.Path == "$.items[0].target" && e.Code == InstrumentErrorCodes.InvalidValue);
    }

    [Fact]
    public void Read_ErrorsAfterDroppedItems_PointAtTheDocumentsIndexes()
    {
        var json = JsonNode.Parse(InstrumentJson.Write(TestInstruments.Custom()))!;
        json["items"]![0]!["weight"] = -2;
        json["items"]![5]!["id"] = "pace.m2";
        json["items"]![3]!["target"] = JsonNode.Parse("""{"dimension":"nowhere"}""");

        var errors = InstrumentJson.Read(json.ToJsonString()).Errors;

        errors.Select(e => (e.Code, e.Path)).Should().Equal(
            (InstrumentErrorCodes.InvalidWeight, "$.items[0].weight"),
            (InstrumentErrorCodes.UnknownTarget, "$.items[3].target.dimension"),
            (InstrumentErrorCodes.DuplicateId, "$.items[5].id"));
        errors[2].Message.Should().Contain("$.items[1]");
    }

    [Fact]
    public void Read_DimensionProblemWithCanonicalSet_PointsAtTheDimensionsProperty()
    {
        var json = JsonNode.Parse(InstrumentJson.Write(CanonicalInstruments.Short))!;
        var items = json["items"]!.AsArray();
        foreach (var item in items.Where(i => i!["target"]!["dimension"]?.GetValue<string>() == "control-influence" && i["target"]!["pole"]!.GetValue<string>() == "management").ToList())
        {
            items.Remove(item);
        }

        json.AsObject().Remove("forms");
        json.AsObject().Remove("openQuestions");

        InstrumentJson.Read(json.ToJsonString()).Errors.Should().ContainSingle()
            .Which.Should().Match<InstrumentError>(e => e.Path == "$.dimensions" && e.Code == InstrumentErrorCodes.NoItems && e.Message.Contains("control-influence"));
    }

    [Fact]
    public void GetValueOrThrow_InvalidDocument_ThrowsListingEveryProblem()
    {
        var act = () => InstrumentJson.Read("""{"version":"1","items":[]}""").GetValueOrThrow();

        act.Should().Throw<InvalidDataException>().WithMessage("*$.id*$.name*");
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
