using System.Text;
using System.Text.Json.Nodes;
using LeadershipModel.Instruments;
using LeadershipModel.Norms;
using LeadershipModel.Scoring;
using LeadershipModel.Serialization;
using Small = LeadershipModel.Tests.Scoring.TestInstruments;

namespace LeadershipModel.Tests.Serialization;

public sealed class NormTableJsonTests
{
    internal static NormTable Awkward() => NormTable.Create("awkward", "Awkward numbers — and ünïcode", 1_000_000,
    [
        NormIndex.Create(IndexIds.Orientation, 999_999, [new NormPoint(-1, 0), new NormPoint(-1.0 / 3, 0.1 + 0.2), new NormPoint(double.Epsilon, 50), new NormPoint(1e-300, 50), new NormPoint(0.9999999999999999, 100)], mean: -0.0123456789012345678, standardDeviation: 0, reliability: 1),
        NormIndex.Create(IndexIds.ForConstruct("psychological-safety"), 1, [new NormPoint(3, 42)]),
    ]).WithPerspective(NormPerspective.Observer);

    [Fact]
    public void Write_ThenRead_RoundTripsExactly()
    {
        foreach (var table in new[] { ProfileSamples.SmallNorms(), Awkward() })
        {
            JsonFormats.NormTable.Read(JsonFormats.NormTable.Write(table)).GetValueOrThrow().Should().Be(table);
            JsonFormats.NormTable.Read(JsonFormats.NormTable.Write(table, indented: false)).GetValueOrThrow().Should().Be(table);
        }
    }

    [Fact]
    public void Write_Shape_PointsAreObjects_AbsentValuesNull()
    {
        var json = JsonFormats.NormTable.Write(NormTable.Create("t", "T", 10, [NormIndex.Create("leadership", 10, [new NormPoint(0.5, 50)])]), indented: false);

        json.Should().Be("{\"$schema\":\"" + JsonSchemas.NormTableSchemaId + "\",\"id\":\"t\",\"name\":\"T\",\"sampleSize\":10,\"indices\":["
            + "{\"indexId\":\"leadership\",\"sampleSize\":10,\"mean\":null,\"standardDeviation\":null,\"reliability\":null,\"points\":[{\"score\":0.5,\"percentile\":50}]}]}");
    }

    [Fact]
    public void WriteTo_Stream_EqualsWrite_AndReadsBack()
    {
        var table = Awkward();
        using var stream = new MemoryStream();

        JsonFormats.NormTable.WriteTo(table, stream);

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(JsonFormats.NormTable.Write(table));
        stream.Position = 0;
        JsonFormats.NormTable.Read(stream).GetValueOrThrow().Should().Be(table);
    }

    [Fact]
    public void Read_TableUsedByTheEngine_ScoresAsTheOriginal()
    {
        var table = ProfileSamples.SmallNorms();
        var read = JsonFormats.NormTable.Read(JsonFormats.NormTable.Write(table)).GetValueOrThrow();
        var instrument = Small.Small();
        var set = Small.AllAnswered(instrument, 4, 2, 2, 3, 5, 5, 1, 2, 5, 4, 3, 1, 5);

        var a = ScoringEngine.CreateBuilder().AddInstrument(instrument).UseNorms(table).Build().Score(set).Profile!;
        var b = ScoringEngine.CreateBuilder().AddInstrument(instrument).UseNorms(read).Build().Score(set).Profile!;

        b.Norms.Should().Equal(a.Norms).And.NotBeEmpty();
    }

    [Fact]
    public void Read_NotAnObject_IsAnError()
        => JsonFormats.NormTable.Read("[]").Errors.Should().ContainSingle(e => e.Path == "$" && e.Code == InstrumentErrorCodes.InvalidValue);

    [Fact]
    public void Read_OverDepthLimit_ReportsInvalidJson()
    {
        var json = JsonNode.Parse(JsonFormats.NormTable.Write(Awkward()))!;

        JsonFormats.NormTable.Read(json.ToJsonString(), new JsonReadOptions { MaxDepth = 3 }).Errors.Should().ContainSingle(e => e.Code == JsonErrorCodes.InvalidJson && e.Path == "$");
    }
}
