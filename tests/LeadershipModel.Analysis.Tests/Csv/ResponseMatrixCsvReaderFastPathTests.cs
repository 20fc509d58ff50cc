using LeadershipModel.Analysis.Csv;
using LeadershipModel.Analysis.Matrix;
using LeadershipModel.Responses;

namespace LeadershipModel.Analysis.Tests.Csv;

public sealed class ResponseMatrixCsvReaderFastPathTests
{
    [Fact]
    public void Read_SimpleAndOtherRowsMixed_ReadEveryRowAsTheCheckedPathDoes()
    {
        const string text = """
            respondent,role,a,b,c
            r1,self,1,2,3
            r2,peer, 4 ,NA,5.0
            r3,,,2,
            r4,boss,1,1,1
            r5,self,1,x,1
            r6,manager,9,0,7
            ,self,1,2,3
            r8,self,1,2
            """;

        var result = ResponseMatrixCsvReader.Read(new StringReader(text), "mixed.csv", new CsvReadOptions { DefaultRole = RaterRole.Self });

        var m = result.Matrix;
        m.IsCompact.Should().BeTrue();
        m.Respondents.Select(r => r.RespondentId).Should().Equal("r1", "r2", "r3", "r6");
        m.Respondents.Select(r => r.Role).Should().Equal(RaterRole.Self, RaterRole.Peer, RaterRole.Self, RaterRole.Manager);
        Row(m, 0).Should().Equal(1, 2, 3);
        Row(m, 1)[0].Should().Be(4);
        double.IsNaN(Row(m, 1)[1]).Should().BeTrue();
        Row(m, 1)[2].Should().Be(5);
        double.IsNaN(Row(m, 2)[0]).Should().BeTrue();
        Row(m, 2)[1].Should().Be(2);
        Row(m, 3).Should().Equal(9, 0, 7);
        result.RowsRead.Should().Be(8);
        result.Rejections.Select(r => r.Line).Should().Equal(5, 6, 8, 9);
    }

    [Fact]
    public void Read_EmptyRoleWithoutDefault_RejectedOnBothPathsNeverTakenAsSelf()
    {
        const string text = """
            respondent,target,role,a,b,c
            r1,t1,peer,1,2,3
            r2,t1,,1,2,3
            r3,t1,, 4 ,NA,5.0
            """;

        var result = ResponseMatrixCsvReader.Read(new StringReader(text), "roles.csv");

        result.Matrix.Respondents.Select(r => r.RespondentId).Should().Equal("r1");
        result.Rejections.Select(r => r.Line).Should().Equal(3, 4);
        result.Rejections[0].Message.Should().Be("roles.csv:3:3: the rater role in column 'role' is empty; every row of a file with a role column needs one of self, manager, peer, direct-report, other.");
    }

    [Fact]
    public void Read_NoRespondentColumn_NumbersRowsAcrossBothPaths()
    {
        const string text = """
            a,b
            1,2
            3.5,4
            5,6
            """;

        var m = ResponseMatrixCsvReader.Read(new StringReader(text), "numbered.csv").Matrix;

        m.Respondents.Select(r => r.RespondentId).Should().Equal("1", "2", "3");
        m.IsCompact.Should().BeFalse();
        Row(m, 1).Should().Equal(3.5, 4);
        Row(m, 2).Should().Equal(5, 6);
    }

    private static double[] Row(ResponseMatrix m, int r)
    {
        var row = new double[m.ItemCount];
        m.CopyRow(r, row);
        return row;
    }
}
