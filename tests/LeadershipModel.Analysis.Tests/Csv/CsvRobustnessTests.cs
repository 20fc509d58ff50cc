using System.Text;
using LeadershipModel.Analysis.Csv;
using LeadershipModel.Analysis.Responses;
using LeadershipModel.Instruments;

namespace LeadershipModel.Analysis.Tests.Csv;

/// <summary>Issue 14: limits, quotes, encodings, blank and comment lines; nothing lost silently.</summary>
public sealed class CsvRobustnessTests
{
    private static CsvReadResult ReadText(string text, CsvReadOptions? options = null)
        => ResponseMatrixCsvReader.ReadStream(new MemoryStream(Encoding.UTF8.GetBytes(text)), "data.csv", options);

    private static CsvReadResult ReadBytes(byte[] bytes, CsvReadOptions? options = null)
        => ResponseMatrixCsvReader.ReadStream(new MemoryStream(bytes), "data.csv", options);

    [Fact]
    public void Read_BlankAndCommentLines_AreSkippedAndCountedNotRejected()
    {
        var r = ReadText("# a comment before the header\nrespondent,A1,A2\nr1,1,2\n\n   \n# note\nr2,3,4\n");

        r.Accepted.Should().Be(2);
        r.Rejected.Should().Be(0);
        r.Skipped.Should().Be(4);
        r.Matrix.Respondents.Select(x => x.RespondentId).Should().Equal("r1", "r2");
    }

    [Fact]
    public void Read_QuoteNeverClosed_IsRejectedNamingTheLineWhereItOpened()
    {
        var r = ReadText("respondent,A1,A2\nr1,1,2\nr2,\"3,4\nr3,5,6\nr4,1,1\n");

        r.Accepted.Should().Be(1);
        r.Rejections.Should().ContainSingle().Which.Message.Should()
            .Be("data.csv:3: the quote opened on line 3 is never closed, so the rest of the file (lines 3–5) was read as one row; close the quote or remove it.");
    }

    [Fact]
    public void Read_QuoteClosedLinesLater_ExplainsTheWrongFieldCount()
    {
        var r = ReadText("respondent,A1,A2\nr1,\"1,2\nr2,3,4\"\nr3,5,6\n");

        r.Rejections.Should().ContainSingle().Which.Reason.Should()
            .Be("expected 3 fields but found 2. The row runs from line 2 to line 3 because the quote opened on line 2 closes only on line 3: check for an unbalanced quote.");
        r.Accepted.Should().Be(1);
    }

    [Fact]
    public void Read_QuotedTextOverTwoLinesWithTheRightFieldCount_IsAccepted()
    {
        var r = ReadText("respondent,note,A1\nr1,\"two\nlines\",3\nr2,x,4\n", new CsvReadOptions { ItemColumns = ["A1"] });

        r.Accepted.Should().Be(2);
        r.Matrix.Respondents[0].Groups[0].Should().Be("two\nlines");
    }

    [Fact]
    public void Read_FieldOverTheLimit_RejectsTheRowWithLineAndColumn()
    {
        var r = ReadText("respondent,A1,A2\nr1," + new string('9', CsvReadOptions.MaxFieldLength + 1) + ",2\nr2,3,4\n");

        r.Rejections.Should().ContainSingle().Which.Message.Should().Be("data.csv:2:2: the field in column 'A1' is 1,048,577 characters long, over the limit of 1,048,576.");
        r.Accepted.Should().Be(1);
    }

    [Fact]
    public void Read_RowOverTheLimit_IsRejectedWithItsLine()
    {
        var wide = string.Join(',', Enumerable.Repeat(new string('7', 1000), (CsvReadOptions.MaxRowLength / 1001) + 2));
        var r = ReadText("respondent,A1\nr1,1\n" + "r2," + wide + "\nr3,2\n");

        r.Rejections.Should().ContainSingle().Which.Message.Should().StartWith("data.csv:3: the row is ").And.EndWith("characters long, over the limit of 4,194,304.");
        r.Accepted.Should().Be(2);
    }

    [Fact]
    public void Read_RowPastTheParsersLimit_ThrowsNamingItsLine()
    {
        var act = () => ReadText("respondent,A1\nr1,1\nr2," + new string('8', 17_000_000) + "\nr3,2\n");

        act.Should().Throw<CsvFormatException>().Where(e => e.Line == 3)
            .WithMessage("data.csv:3: the row starting on line 3 is longer than 16,777,216 characters*");
    }

    [Fact]
    public void Read_QuoteNeverClosedInALargeFile_ThrowsNamingTheLineWhereItOpened()
    {
        var rows = new StringBuilder("respondent,A1,A2\n");
        for (var i = 0; i < 2_200_000; i++)
        {
            rows.Append(i == 5 ? "r5,\"1,2\n" : $"r{i},1,2\n");
        }

        var act = () => ReadText(rows.ToString());

        act.Should().Throw<CsvFormatException>().Where(e => e.Line == 7)
            .WithMessage("data.csv:7: the quote opened on line 7 is never closed*");
    }

    [Fact]
    public void Read_InvalidUtf8_ThrowsWithTheByteOffsetInsteadOfReplacing()
    {
        var bytes = Encoding.Latin1.GetBytes("respondent,A1\nM\u00fcller,1\nM\u00f6ller,2\n");

        var act = () => ReadBytes(bytes);

        act.Should().Throw<CsvFormatException>().WithMessage("data.csv:2: byte offset 15: 0xFC is not valid UTF-8*");
    }

    [Fact]
    public void Read_NamedWindows1252_KeepsDistinctNamesDistinct()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes("respondent,A1\nM\u00fcller,1\nM\u00f6ller,2\n");

        var r = ReadBytes(bytes, new CsvReadOptions { Encoding = Encoding.GetEncoding(1252) });

        r.Matrix.Respondents.Select(x => x.RespondentId).Should().Equal("M\u00fcller", "M\u00f6ller");
    }

    [Fact]
    public void Read_Utf8ByteOrderMark_IsSkipped()
    {
        var r = ReadBytes([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("respondent,A1\nr1,1\n")]);

        r.Matrix.ItemIds.Should().Equal("A1");
        r.Accepted.Should().Be(1);
    }

    [Fact]
    public void Read_Utf16_IsNamedAsSuch()
    {
        var act = () => ReadBytes(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("respondent,A1\nr1,1\n")).ToArray());

        act.Should().Throw<CsvFormatException>().WithMessage("*UTF-16 byte order mark: it is UTF-16 text, not UTF-8*");
    }

    [Fact]
    public void Read_Utf16WithoutByteOrderMark_IsNamedAsBinaryOrUtf16()
    {
        var act = () => ReadBytes(Encoding.Unicode.GetBytes("respondent,A1\nr1,1\n"));

        act.Should().Throw<CsvFormatException>().WithMessage("data.csv:1: byte offset 1: a NUL character: the file is binary or UTF-16 text, not UTF-8 text.");
    }

    [Fact]
    public void Read_ControlCharactersInAValue_AreEscapedInTheMessage()
    {
        var r = ReadText("respondent,A1\nr0,1\nr1,\u001b[31mx\u0007\nr2,2\n");

        r.Rejections.Should().ContainSingle().Which.Reason.Should().Be("'\\x1B[31mx\\x07' in column 'A1' is not a number.");
    }

    [Fact]
    public void ReadCsvFile_MoreThanAThousandRejectedRows_KeepsThemAll()
    {
        var instrument = CanonicalInstruments.Short;
        var header = "respondent," + string.Join(',', instrument.Items.Select(i => i.Id));
        var good = "ok," + string.Join(',', instrument.Items.Select(_ => "3"));
        var bad = string.Join('\n', Enumerable.Repeat(good, 60)) + "\n" + string.Join('\n', Enumerable.Range(0, 1500).Select(i => $"p{i}," + string.Join(',', instrument.Items.Select(_ => "x"))));
        var path = Path.Combine(Path.GetTempPath(), $"reject-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, header + "\n" + bad + "\n\n# end\n");
        try
        {
            var read = InstrumentResponseReader.ReadCsvFile(path, instrument);

            read.Rejections.Count.Should().Be(1500);
            read.Skipped.Should().Be(2);
            read.RowsRead.Should().Be(1560);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
