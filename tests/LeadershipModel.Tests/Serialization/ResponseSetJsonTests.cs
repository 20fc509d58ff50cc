using LeadershipModel.Instruments;
using LeadershipModel.Responses;
using LeadershipModel.Serialization;

namespace LeadershipModel.Tests.Serialization;

public sealed class ResponseSetJsonTests
{
    internal static ResponseSet Sample() => ResponseSet.Create(
        "canonical",
        "1.0.0",
        "r-17",
        [new("CI-M1", 4), new("CI-L1", null), new("weird id with spaces", 2.5), new("VI-M1", 1)],
        RaterRole.DirectReport,
        "p-3") with { Comments = [new("keep-doing", "Listens, \"then\" decides.\nÄ line two."), new("do-differently", "More time for us")] };

    [Fact]
    public void Comments_RoundTrip_AndAbsentWhenEmpty()
    {
        var set = Sample();
        var json = JsonFormats.ResponseSet.Write(set);

        json.Should().Contain("\"comments\"");
        JsonFormats.ResponseSet.Read(json).GetValueOrThrow().Comments.Should().Equal(set.Comments);
        JsonFormats.ResponseSet.Write(set with { Comments = [] }).Should().NotContain("comments");
    }

    [Fact]
    public void Comments_NotAStringOrBlank_ReportedWithTheirPath()
    {
        var json = JsonFormats.ResponseSet.Write(Sample()).Replace("\"More time for us\"", "7", StringComparison.Ordinal).Replace("\"keep-doing\": \"Listens", "\"keep-doing\": \" \", \"x\": \"Listens", StringComparison.Ordinal);

        var errors = JsonFormats.ResponseSet.Read(json).Errors;

        errors.Should().Contain(e => e.Path == "$.comments['do-differently']" && e.Code == InstrumentErrorCodes.InvalidValue);
        errors.Should().Contain(e => e.Path == "$.comments['keep-doing']" && e.Code == InstrumentErrorCodes.InvalidValue);
    }

    [Fact]
    public void Comments_DuplicateOrBlank_RefusedByTheRecord()
    {
        var set = Sample();

        FluentActions.Invoking(() => set with { Comments = [new("q", "a"), new("q", "b")] }).Should().Throw<ArgumentException>().WithMessage("*'q'*more than one*");
        FluentActions.Invoking(() => set with { Comments = [new("q", "  ")] }).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Write_ThenRead_RoundTripsOneSet()
    {
        var set = Sample();

        JsonFormats.ResponseSet.Read(JsonFormats.ResponseSet.Write(set)).GetValueOrThrow().Should().Be(set);
        JsonFormats.ResponseSet.Read(JsonFormats.ResponseSet.Write(set, indented: false)).GetValueOrThrow().Should().Be(set);
    }

    [Fact]
    public void WriteMany_ThenReadMany_RoundTripsInOrder()
    {
        EquatableArray<ResponseSet> sets = [Sample(), Sample() with { RespondentId = "r-18", Role = RaterRole.Self, TargetId = null }, Sample() with { Answers = [] }];

        var result = JsonFormats.ResponseSets.Read(JsonFormats.ResponseSets.Write(sets));

        result.GetValueOrThrow().Should().Equal(sets);
    }

    [Fact]
    public void Write_Shape_IsAnObjectOfAnswersWithNullForSkipped()
    {
        var json = JsonFormats.ResponseSet.Write(Sample(), indented: false);

        json.Should().StartWith("{\"$schema\":\"" + JsonSchemas.ResponseSetSchemaId + "\",\"instrumentId\":\"canonical\"");
        json.Should().Contain("\"role\":\"direct-report\"").And.Contain("\"answers\":{\"CI-M1\":4,\"CI-L1\":null,\"weird id with spaces\":2.5,\"VI-M1\":1}");
    }

    [Fact]
    public void Read_Stream_EqualsReadString()
    {
        var json = JsonFormats.ResponseSet.Write(Sample());
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));

        JsonFormats.ResponseSet.Read(stream).GetValueOrThrow().Should().Be(Sample());
    }

    [Fact]
    public void Read_MissingRoleAndTarget_DefaultsToSelfAboutTheRespondent()
    {
        var set = JsonFormats.ResponseSet.Read("""{"instrumentId":"canonical","instrumentVersion":"1.0.0","respondentId":"r1","answers":{"CI-M1":3}}""").GetValueOrThrow();

        set.Role.Should().Be(RaterRole.Self);
        set.EffectiveTargetId.Should().Be("r1");
        set.Answers.Should().Equal(new Answer("CI-M1", 3));
    }

    [Fact]
    public void Read_SeveralProblems_ReportsEachWithItsPath()
    {
        var result = JsonFormats.ResponseSet.Read("""{"instrumentId":"","respondentId":7,"role":"boss","answers":{"CI-M1":"four","CI-L1":true},"extra":1}""");

        result.IsSuccess.Should().BeFalse();
        result.Errors.Select(e => (e.Code, e.Path)).Should().BeEquivalentTo(new[]
        {
            (InstrumentErrorCodes.Required, "$.instrumentId"),
            (InstrumentErrorCodes.Required, "$.instrumentVersion"),
            (InstrumentErrorCodes.InvalidValue, "$.respondentId"),
            (InstrumentErrorCodes.InvalidValue, "$.role"),
            (InstrumentErrorCodes.InvalidValue, "$.answers.CI-M1".Replace(".CI-M1", "['CI-M1']", StringComparison.Ordinal)),
            (InstrumentErrorCodes.InvalidValue, "$.answers['CI-L1']"),
            (InstrumentErrorCodes.InvalidValue, "$.extra"),
        });
    }

    [Fact]
    public void ReadMany_ProblemsInSeveralSets_PathsStartWithTheSetIndex()
    {
        var result = JsonFormats.ResponseSets.Read("""[{"instrumentId":"a","instrumentVersion":"1","respondentId":"r1","answers":{}}, {"instrumentId":"a","instrumentVersion":"1","answers":{}}, 5]""");

        result.Errors.Select(e => (e.Code, e.Path)).Should().Equal((InstrumentErrorCodes.Required, "$[1].respondentId"), (InstrumentErrorCodes.InvalidValue, "$[2]"));
    }

    [Fact]
    public void ReadMany_NotAnArray_IsAnError()
        => JsonFormats.ResponseSets.Read("{}").Errors.Should().ContainSingle(e => e.Path == "$" && e.Code == InstrumentErrorCodes.InvalidValue);

    [Fact]
    public void Read_Malformed_ReportsInvalidJson()
        => JsonFormats.ResponseSet.Read("{\"instrumentId\": }").Errors.Should().ContainSingle(e => e.Code == JsonErrorCodes.InvalidJson && e.Path == "$");

    [Fact]
    public void Read_OverSizeLimit_ReportsInvalidJsonWithoutReading()
    {
        var json = JsonFormats.ResponseSet.Write(Sample());

        var result = JsonFormats.ResponseSet.Read(json, new JsonReadOptions { MaxDocumentBytes = 64 });

        result.Errors.Should().ContainSingle(e => e.Code == JsonErrorCodes.InvalidJson && e.Message.Contains("64"));
    }
}
