using System.Globalization;
using System.Text;
using LeadershipModel.Analysis.Csv;
using LeadershipModel.Analysis.Matrix;
using LeadershipModel.Analysis.Responses;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

namespace LeadershipModel.Analysis.Tests.Responses;

public sealed class InstrumentResponseReaderTests
{
    private static readonly string[] ItemIds = [.. ScoredSamples.Instrument.Items.Select(i => i.Id)];

    [Fact]
    public void FromMatrix_InstrumentColumns_OneSetPerRowWithRespondentTargetAndRole()
    {
        var builder = ResponseMatrix.CreateBuilder(ItemIds);
        var rng = new Random(1);
        builder.AddRow(new RespondentInfo { RespondentId = "ann" }, ScoredSamples.Answers(rng));
        builder.AddRow(new RespondentInfo { RespondentId = "bob", TargetId = "ann", Role = RaterRole.Peer }, ScoredSamples.Answers(rng));

        var result = InstrumentResponseReader.FromMatrix(builder.Build(), ScoredSamples.Instrument);

        result.Sets.Should().HaveCount(2);
        result.RowsRead.Should().Be(2);
        result.Sets[0].ResponseSet.TargetId.Should().BeNull();
        result.Sets[0].ResponseSet.Role.Should().Be(RaterRole.Self);
        result.Sets[1].ResponseSet.TargetId.Should().Be("ann");
        result.Sets[1].ResponseSet.Role.Should().Be(RaterRole.Peer);
        result.Sets[1].Source.Should().Be(new ResponseSetSource { SourceName = "matrix", Row = 1, Index = 1 });
        result.MissingItemIds.Should().BeEmpty();
        ScoredSamples.Engine.ScoreBatch(result.ResponseSets).Rejections.Should().BeEmpty();
    }

    [Fact]
    public void FromMatrix_SameAnswersAsResponseSet_SameProfile()
    {
        var rng = new Random(2);
        var answers = ScoredSamples.Answers(rng);
        var builder = ResponseMatrix.CreateBuilder(ItemIds.Reverse());
        builder.AddRow(new RespondentInfo { RespondentId = "ann" }, answers.Reverse().ToArray());
        var set = InstrumentResponseReader.FromMatrix(builder.Build(), ScoredSamples.Instrument).Sets[0].ResponseSet;
        var direct = ResponseSet.Create(ScoredSamples.Instrument.Id, ScoredSamples.Instrument.Version, "ann", ItemIds.Select((id, i) => new KeyValuePair<string, double?>(id, answers[i])));

        set.Should().Be(direct);
    }

    [Fact]
    public void FromMatrix_UnknownItemColumns_ThrowsNamingThem()
    {
        var data = ResponseMatrix.FromRows([[1, 2, 3]], [ItemIds[0], "zz1", "zz2"]);

        FluentActions.Invoking(() => InstrumentResponseReader.FromMatrix(data, ScoredSamples.Instrument))
            .Should().Throw<ArgumentException>().WithMessage("*'zz1', 'zz2'*not items*");
    }

    [Fact]
    public void FromMatrix_UnknownItemColumnsIgnored_LeftOutAndReported()
    {
        var data = ResponseMatrix.FromRows([[1, 2]], [ItemIds[0], "zz1"]);

        var result = InstrumentResponseReader.FromMatrix(data, ScoredSamples.Instrument, new ResponseSetReadOptions { IgnoreUnknownItemColumns = true });

        result.IgnoredColumns.Should().Equal("zz1");
        result.Sets[0].ResponseSet.Answers.Select(a => a.ItemId).Should().Equal(ItemIds[0]);
    }

    [Fact]
    public void FromMatrix_MissingColumnsAndMissingValues_Unanswered()
    {
        var data = ResponseMatrix.FromRows([[double.NaN, 4]], [ItemIds[0], ItemIds[1]]);

        var result = InstrumentResponseReader.FromMatrix(data, ScoredSamples.Instrument);

        result.MissingItemIds.Should().HaveCount(ItemIds.Length - 2);
        result.Sets[0].ResponseSet.Answers.Should().Equal(new Answer(ItemIds[0], null), new Answer(ItemIds[1], 4));
    }

    [Fact]
    public void FromCsv_EngineRejectsRow_SourceGivesCsvLine()
    {
        var csv = Csv(("ann", null, null, 3), ("bob", "ann", "peer", 9), ("x", null, "boss", 3), ("cy", "ann", "peer", 2));
        var read = ResponseMatrixCsvReader.Read(new StringReader(csv), "data.csv");

        var result = InstrumentResponseReader.FromCsv(read, ScoredSamples.Instrument, "data.csv");

        result.RowsRead.Should().Be(4);
        result.Rejections.Should().ContainSingle().Which.Line.Should().Be(4);
        result.Sets.Select(s => s.Source.Line).Should().Equal(2, 3, 5);
        var batch = ScoredSamples.Engine.ScoreBatch(result.ResponseSets);
        var rejection = batch.Rejections.Should().ContainSingle().Subject;
        result.GetSource(rejection.Index).Describe(rejection).Should().StartWith("data.csv:3: ");
    }

    [Fact]
    public void ReadCsvFile_File_SameSetsAsFromCsv()
    {
        var path = Path.Combine(Path.GetTempPath(), $"irr-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, Csv(("ann", null, null, 3), ("bob", "ann", "peer", 4)));
        try
        {
            var streamed = InstrumentResponseReader.ReadCsvFile(path, ScoredSamples.Instrument);
            var read = InstrumentResponseReader.FromCsv(ResponseMatrixCsvReader.ReadFile(path), ScoredSamples.Instrument, Path.GetFileName(path));

            streamed.Sets.Should().Equal(read.Sets);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A CSV of the full instrument, every item answered with the row's value; a null role is written as self.</summary>
    internal static string Csv(params (string Respondent, string? Target, string? Role, double Value)[] rows)
    {
        var sb = new StringBuilder("respondent,target,role,").AppendJoin(',', ItemIds).Append('\n');
        foreach (var (respondent, target, role, value) in rows)
        {
            sb.Append(respondent).Append(',').Append(target).Append(',').Append(role ?? "self").Append(',')
              .AppendJoin(',', ItemIds.Select(_ => value.ToString(CultureInfo.InvariantCulture))).Append('\n');
        }

        return sb.ToString();
    }
}
