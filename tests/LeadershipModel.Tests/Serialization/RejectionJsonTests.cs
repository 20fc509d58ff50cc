using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LeadershipModel.Instruments;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;
using LeadershipModel.Serialization;
using Small = LeadershipModel.Tests.Scoring.TestInstruments;

namespace LeadershipModel.Tests.Serialization;

public sealed class RejectionJsonTests
{
    internal static Rejection Sample() => new()
    {
        Index = 12_345_678_901,
        RespondentId = "r-9",
        TargetId = "boss",
        Role = RaterRole.Manager,
        InstrumentId = "canonical",
        Reasons =
        [
            new RejectionReason(RejectionCodes.OutOfRange, "Answer 9 lies outside 1..5.", "CI-M1"),
            new RejectionReason(RejectionCodes.PluginFailed, "Scorer 'bad' failed.", Step: PipelineSteps.ScaleScoring),
        ],
    };

    /// <summary>Rejections from the engine: an unknown instrument, and an answer out of range.</summary>
    internal static BatchScoringResult Batch()
    {
        var instrument = Small.Small();
        var engine = ScoringEngine.CreateBuilder().AddInstrument(instrument).Build();
        return engine.ScoreBatch(
        [
            Small.AllAnswered(instrument, 4, 2, 2, 3, 5, 5, 1, 2, 5, 4, 3, 1, 5),
            ResponseSet.Create("nope", "1", "r-x", [new("A", 1)]),
            Small.Answers(instrument, ("AM1", 7)),
            Small.AllAnswered(instrument, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3),
        ]);
    }

    [Fact]
    public void Write_ThenRead_RoundTripsOne()
    {
        var rejection = Sample();

        JsonFormats.Rejection.Read(JsonFormats.Rejection.Write(rejection)).GetValueOrThrow().Should().Be(rejection);
        JsonFormats.Rejection.Read(JsonFormats.Rejection.Write(rejection, indented: false)).GetValueOrThrow().Should().Be(rejection);
    }

    [Fact]
    public void WriteMany_ThenReadMany_RoundTripsTheEnginesRejections()
    {
        var rejections = Batch().Rejections.Append(Sample()).Append(new Rejection { Index = 0, Reasons = [new RejectionReason("host-validation", "")] }).ToList();

        var json = JsonFormats.Rejections.Write(rejections.ToEquatableArray());

        JsonFormats.Rejections.Read(json).GetValueOrThrow().Should().Equal(rejections);
        using var stream = new MemoryStream();
        JsonFormats.Rejections.WriteTo(rejections.ToEquatableArray(), stream);
        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(json);
        stream.Position = 0;
        JsonFormats.Rejections.Read(stream).GetValueOrThrow().Should().Equal(rejections);
    }

    [Fact]
    public void Write_Shape_NullsForUnknownValues()
    {
        var json = JsonFormats.Rejection.Write(new Rejection { Index = 3, Reasons = [new RejectionReason(RejectionCodes.UnknownInstrument, "Unknown.")] }, indented: false);

        json.Should().Be("{\"$schema\":\"" + JsonSchemas.RejectionSchemaId + "\",\"index\":3,\"respondentId\":null,\"targetId\":null,\"role\":\"self\",\"instrumentId\":null,"
            + "\"reasons\":[{\"code\":\"unknown-instrument\",\"message\":\"Unknown.\",\"itemId\":null,\"step\":\"validation\"}]}");
    }

    [Fact]
    public void WriteTo_Stream_EqualsWrite()
    {
        using var stream = new MemoryStream();
        JsonFormats.Rejection.WriteTo(Sample(), stream);

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(JsonFormats.Rejection.Write(Sample()));
        stream.Position = 0;
        JsonFormats.Rejection.Read(stream).GetValueOrThrow().Should().Be(Sample());
    }

    [Fact]
    public void Read_Problems_EachWithItsPath()
    {
        var result = JsonFormats.Rejections.Read("""[{"index":-1,"reasons":[]},{"index":1,"role":"boss","reasons":[{"message":"m","itemId":3,"extra":true}]},{"reasons":[{"code":"c","message":"m"}]}]""");

        result.Errors.Select(e => (e.Code, e.Path)).Should().Equal(
            (InstrumentErrorCodes.InvalidValue, "$[0].index"),
            (InstrumentErrorCodes.Required, "$[1].reasons[0].code"),
            (InstrumentErrorCodes.InvalidValue, "$[1].reasons[0].extra"),
            (InstrumentErrorCodes.InvalidValue, "$[1].reasons[0].itemId"),
            (InstrumentErrorCodes.InvalidValue, "$[1].role"),
            (InstrumentErrorCodes.Required, "$[2].index"));
    }

    [Fact]
    public void Read_NoReasons_IsAnError()
        => JsonFormats.Rejection.Read("""{"index":0,"reasons":[]}""").Errors.Should().ContainSingle(e => e.Path == "$.reasons" && e.Code == InstrumentErrorCodes.InvalidValue);

    [Fact]
    public void BatchScoringResult_Write_GivesCountsProfilesAndRejections()
    {
        var batch = Batch();

        var json = JsonFormats.BatchScoringResult.Write(batch);

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal("scored", "rejected", "profiles", "rejections");
        root.GetProperty("scored").GetInt32().Should().Be(2);
        root.GetProperty("rejected").GetInt32().Should().Be(2);
        JsonFormats.Profiles.Read(root.GetProperty("profiles").GetRawText()).GetValueOrThrow().Should().Equal(batch.Profiles);
        JsonFormats.Rejections.Read(root.GetProperty("rejections").GetRawText()).GetValueOrThrow().Should().Equal(batch.Rejections);
        root.GetProperty("rejections")[0].GetProperty("index").GetInt32().Should().Be(1);
    }

    [Fact]
    public void BatchScoringResult_WriteTo_EqualsWrite()
    {
        var batch = Batch();
        using var stream = new MemoryStream();

        JsonFormats.BatchScoringResult.WriteTo(batch, stream, indented: false);

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(JsonFormats.BatchScoringResult.Write(batch, indented: false));
        JsonNode.Parse(stream.ToArray())!["profiles"]!.AsArray().Should().HaveCount(2);
    }
}
