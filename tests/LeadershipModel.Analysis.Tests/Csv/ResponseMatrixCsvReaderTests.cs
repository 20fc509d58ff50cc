using System.Text;
using LeadershipModel.Analysis.Csv;
using LeadershipModel.Responses;

namespace LeadershipModel.Analysis.Tests.Csv;

public sealed class ResponseMatrixCsvReaderTests
{
    private static string Broken(string file) => Path.Combine(AppContext.BaseDirectory, "Csv", "Broken", file);

    private static CsvReadResult Read(string file, CsvReadOptions? options = null) => ResponseMatrixCsvReader.ReadFile(Broken(file), options);

    private static void CountsAddUp(CsvReadResult r) => r.RowsRead.Should().Be(r.Accepted + r.Rejected);

    [Fact]
    public void ReadFile_BadNumber_RejectsTheRowWithFileLineColumnAndReadsTheRest()
    {
        var r = Read("bad-number.csv");

        r.Rejections.Should().ContainSingle().Which.Message.Should().Be("bad-number.csv:3:3: 'x' in column 'A2' is not a number.");
        r.Rejections[0].Line.Should().Be(3);
        r.Rejections[0].Column.Should().Be(3);
        r.Accepted.Should().Be(2);
        r.Matrix.Respondents.Select(x => x.RespondentId).Should().Equal("r1", "r3");
        CountsAddUp(r);
    }

    [Fact]
    public void ReadFile_WrongColumnCount_RejectsShortAndLongRows()
    {
        var r = Read("wrong-column-count.csv");

        r.Rejections.Select(x => x.Message).Should().Equal(
            "wrong-column-count.csv:3: expected 4 fields but found 3.",
            "wrong-column-count.csv:4: expected 4 fields but found 5.");
        r.Accepted.Should().Be(2);
        r.RowsRead.Should().Be(4);
        CountsAddUp(r);
    }

    [Fact]
    public void ReadFile_DuplicateHeader_ThrowsNamingTheColumns()
    {
        var act = () => Read("duplicate-header.csv");

        act.Should().Throw<CsvFormatException>()
            .WithMessage("duplicate-header.csv:1:4: duplicate column name 'A1' (also column 2).")
            .Which.Line.Should().Be(1);
    }

    [Fact]
    public void ReadFile_EmptyFile_ThrowsClearError()
    {
        var act = () => Read("empty-file.csv");

        act.Should().Throw<CsvFormatException>().WithMessage("empty-file.csv: the file is empty; expected a header row naming the columns.");
    }

    [Fact]
    public void ReadFile_NoHeader_ThrowsClearError()
    {
        var act = () => Read("no-header.csv");

        act.Should().Throw<CsvFormatException>().WithMessage("no-header.csv:1: the first line holds numbers, not column names; the file needs a header row.");
    }

    [Fact]
    public void ReadFile_ByteOrderMark_IsNotPartOfTheFirstColumnName()
    {
        var r = Read("bom.csv");

        r.Matrix.ItemIds.Should().Equal("A1", "A2");
        r.Matrix.Respondents[0].RespondentId.Should().Be("r1");
        double.IsNaN(r.Matrix.GetValue(1, "A2")).Should().BeTrue("NA is missing");
        CountsAddUp(r);
    }

    [Fact]
    public void ReadFile_SemicolonSeparator_IsDetectedAndDecimalCommaRejected()
    {
        var r = Read("semicolon.csv");

        r.Matrix.ItemIds.Should().Equal("A1", "A2", "A3");
        r.Accepted.Should().Be(2);
        double.IsNaN(r.Matrix.GetValue(1, "A2")).Should().BeTrue("an empty field is missing");
        r.Rejections.Should().ContainSingle().Which.Message.Should().Be("semicolon.csv:4:2: '1,5' in column 'A1' is not a number.");
        CountsAddUp(r);
    }

    [Fact]
    public void ReadFile_QuotedFields_AreUnquotedAndTextColumnsBecomeGroups()
    {
        var r = Read("quoted-fields.csv");

        r.Matrix.ItemIds.Should().Equal("A1", "A2");
        r.Matrix.GroupingColumns.Should().Equal("comment");
        r.Matrix.Respondents[0].Groups[0].Should().Be("likes, commas");
        r.Matrix.Respondents[1].RespondentId.Should().Be("r 2");
        r.Matrix.Respondents[1].Groups[0].Should().Be("said \"hi\"");
        r.Matrix[1, 0].Should().Be(3);
        CountsAddUp(r);
    }

    [Fact]
    public void ReadFile_BadRole_RejectsTheRowAndParsesRolesCaseInsensitively()
    {
        var r = Read("bad-role.csv");

        r.Rejections.Select(x => x.Message).Should().Equal(
            "bad-role.csv:3:3: 'boss' in column 'role' is not a rater role (self, manager, peer, direct-report, other).",
            "bad-role.csv:5:3: the rater role in column 'role' is empty; every row of a file with a role column needs one of self, manager, peer, direct-report, other.");
        r.Matrix.Respondents.Select(x => x.Role).Should().Equal(RaterRole.Self, RaterRole.DirectReport);
        r.Matrix.Respondents.Select(x => x.TargetId).Should().AllBe("t1");
        CountsAddUp(r);
    }

    [Fact]
    public void ReadFile_NoRespondentColumn_NumbersTheRows()
    {
        var r = Read("no-respondent.csv");

        r.Matrix.Respondents.Select(x => x.RespondentId).Should().Equal("1", "2");
        r.Matrix.Respondents[0].TargetId.Should().Be("1");
        CountsAddUp(r);
    }

    [Fact]
    public void ReadFile_EmptyRespondentId_RejectsTheRow()
    {
        var r = Read("empty-respondent.csv");

        r.Rejections.Should().ContainSingle().Which.Message.Should().Be("empty-respondent.csv:2:1: the respondent id in column 'respondent' is empty.");
        CountsAddUp(r);
    }

    [Fact]
    public void ReadFile_ItemColumnsGiven_OtherColumnsAreGroupsAndOrderFollowsTheOption()
    {
        var r = Read("no-respondent.csv", new CsvReadOptions { ItemColumns = ["A3", "A1"] });

        r.Matrix.ItemIds.Should().Equal("A3", "A1");
        r.Matrix.GroupingColumns.Should().Equal("A2");
        r.Matrix.Respondents[1].Groups[0].Should().BeNull("NA is a missing group value");
    }

    [Fact]
    public void ReadFile_UnknownItemColumn_Throws()
    {
        var act = () => Read("no-respondent.csv", new CsvReadOptions { ItemColumns = ["A9"] });

        act.Should().Throw<CsvFormatException>().WithMessage("no-respondent.csv:1: no column named 'A9'; the header has A1, A2, A3.");
    }

    [Fact]
    public void ReadStream_Bfi_ReadsEveryRowWithGroupingColumnsAndCompactStorage()
    {
        using var stream = File.OpenRead(ReferenceData.PathOf("bfi.csv"));

        var r = ResponseMatrixCsvReader.ReadStream(stream, "bfi.csv", new CsvReadOptions { GroupingColumns = ["gender", "education", "age"] });

        r.RowsRead.Should().Be(2800);
        r.Rejected.Should().Be(0);
        r.Matrix.ItemCount.Should().Be(25);
        r.Matrix.IsCompact.Should().BeTrue();
        r.Matrix.GroupingColumns.Should().Equal("gender", "education", "age");
        r.Matrix.Respondents[0].Groups.Should().Equal("1", null, "16");
    }

    [Fact]
    public void Read_RowNamesWrittenByR_BecomeRespondentIds()
    {
        var r = ResponseMatrixCsvReader.Read(new StringReader("\"\",\"A1\",\"A2\"\n\"61617\",2,4\n\"61618\",2,NA\n"), "r.csv");

        r.Matrix.Respondents.Select(x => x.RespondentId).Should().Equal("61617", "61618");
        r.Matrix.ItemIds.Should().Equal("A1", "A2");
    }

    [Fact]
    public void ReadStream_Utf8WithBom_ReadsTheSameAsWithout()
    {
        var text = "respondent,A1\nr1,3\n";
        using var withBom = new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);

        var r = ResponseMatrixCsvReader.ReadStream(withBom, "bom.csv");

        r.Matrix.ItemIds.Should().Equal("A1");
        r.Matrix[0, 0].Should().Be(3);
    }

    [Fact]
    public void Read_NonIntegerAnswers_StoredAsDoubles()
    {
        var r = ResponseMatrixCsvReader.Read(new StringReader("respondent,A1,A2\nr1,1.5,2\nr2,1e1,\n"), "d.csv");

        r.Matrix.IsCompact.Should().BeFalse();
        r.Matrix[0, 0].Should().Be(1.5);
        r.Matrix[1, 0].Should().Be(10);
        double.IsNaN(r.Matrix[1, 1]).Should().BeTrue();
    }
}
