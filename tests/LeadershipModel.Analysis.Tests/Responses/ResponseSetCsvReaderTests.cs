using System.Text;
using LeadershipModel.Analysis.Csv;
using LeadershipModel.Analysis.Responses;
using LeadershipModel.Responses;

namespace LeadershipModel.Analysis.Tests.Responses;

public sealed class ResponseSetCsvReaderTests
{
    [Fact]
    public void ReadAll_BadRows_RejectedWithLineAndCountsAddUp()
    {
        var csv = InstrumentResponseReaderTests.Csv(("ann", null, null, 3), ("", "ann", "peer", 4), ("x", null, "boss", 3), ("cy", "ann", "peer", 2))
            + "short,row\n";
        var seen = new List<CsvRejectedRecord>();
        using var reader = InstrumentResponseReader.OpenCsv(new StringReader(csv), "data.csv", ScoredSamples.Instrument, onRejected: seen.Add);

        var sets = reader.ReadAll(TestContext.Current.CancellationToken).ToList();

        sets.Select(s => (s.ResponseSet.RespondentId, s.Source.Line, s.Source.Row, s.Source.Index)).Should().Equal(("ann", 2, 0L, 0L), ("cy", 5, 3L, 1L));
        reader.Rejections.Select(r => r.Line).Should().Equal(3, 4, 6);
        seen.Should().Equal(reader.Rejections);
        reader.RowsRead.Should().Be(5);
        reader.RowsRead.Should().Be(reader.SetsRead + reader.RowsRejected);
    }

    [Fact]
    public void Open_NumericColumnNotInInstrument_ThrowsNamingIt()
    {
        var csv = "respondent,age,zz9," + string.Join(',', ScoredSamples.Instrument.Items.Select(i => i.Id)) + "\n"
            + "ann,40,1," + string.Join(',', ScoredSamples.Instrument.Items.Select(_ => "3")) + "\n";

        FluentActions.Invoking(() => InstrumentResponseReader.OpenCsv(new StringReader(csv), "data.csv", ScoredSamples.Instrument))
            .Should().Throw<CsvFormatException>().WithMessage("data.csv:1: columns 'age', 'zz9' are not items*");
    }

    [Fact]
    public void Open_UnknownColumnsIgnoredOrGrouping_Reads()
    {
        var csv = "respondent,age,team," + string.Join(',', ScoredSamples.Instrument.Items.Select(i => i.Id)) + "\n"
            + "ann,40,blue," + string.Join(',', ScoredSamples.Instrument.Items.Select(_ => "3")) + "\n";
        var options = new ResponseSetReadOptions { IgnoreUnknownItemColumns = true };

        using var reader = InstrumentResponseReader.OpenCsv(new StringReader(csv), "data.csv", ScoredSamples.Instrument, options);

        reader.IgnoredColumns.Should().Equal("age");
        reader.ReadAll(TestContext.Current.CancellationToken).Should().ContainSingle().Which.ResponseSet.Answers.Should().HaveCount(ScoredSamples.Instrument.Items.Count);
    }

    [Fact]
    public void ReadAll_SecondEnumeration_Throws()
    {
        using var reader = InstrumentResponseReader.OpenCsv(new StringReader(InstrumentResponseReaderTests.Csv(("ann", null, null, 3))), "d.csv", ScoredSamples.Instrument);
        _ = reader.ReadAll(TestContext.Current.CancellationToken).ToList();

        FluentActions.Invoking(() => reader.ReadAll(TestContext.Current.CancellationToken)).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public async Task ReadAllAsync_ManyRowsScoredAsStream_RejectionsMapToLines()
    {
        var rows = Enumerable.Range(1, 3000).Select(i => ($"r{i}", (string?)null, (string?)null, i % 1000 == 0 ? 9.0 : 1 + (i % 5))).ToArray();
        using var reader = InstrumentResponseReader.OpenCsv(new StringReader(InstrumentResponseReaderTests.Csv(rows)), "big.csv", ScoredSamples.Instrument);
        var sources = new Dictionary<long, ResponseSetSource>();
        var sets = reader.ReadAllAsync(TestContext.Current.CancellationToken).Select(s =>
        {
            sources[s.Source.Index] = s.Source;
            return s.ResponseSet;
        });

        var messages = new List<string>();
        long results = 0;
        await foreach (var result in ScoredSamples.Engine.ScoreAsync(sets, cancellationToken: TestContext.Current.CancellationToken))
        {
            results++;
            if (!result.IsScored)
            {
                messages.Add(sources[result.Index].Describe(result.Rejection));
            }

            sources.Remove(result.Index);
        }

        results.Should().Be(3000);
        messages.Select(m => m[..m.IndexOf(' ', StringComparison.Ordinal)]).Should().Equal("big.csv:1001:", "big.csv:2001:", "big.csv:3001:");
    }
}
