using LeadershipModel.Analysis.Matrix;
using LeadershipModel.Responses;
namespace LeadershipModel.Analysis.Tests.Matrix;

public sealed class ResponseMatrixTests
{
    [Fact]
    public void FromArray_LikertAnswers_StoredCompactWithMissingAsNaN()
    {
        var m = ResponseMatrix.FromArray(new double[,] { { 1, 254 }, { double.NaN, 0 } });

        m.IsCompact.Should().BeTrue();
        m.ItemIds.Should().Equal("V1", "V2");
        m[0, 1].Should().Be(254);
        double.IsNaN(m[1, 0]).Should().BeTrue();
        m.Respondents.Select(r => r.RespondentId).Should().Equal("1", "2");
        m.Respondents[0].TargetId.Should().Be("1");
        m.Respondents[0].Role.Should().Be(RaterRole.Self);
    }

    [Theory]
    [InlineData(255.0)]
    [InlineData(2.5)]
    [InlineData(-1.0)]
    public void FromRows_AnswerOutsideByteRange_StoredAsDoubles(double odd)
    {
        var m = ResponseMatrix.FromRows([[1, 2], [odd, double.NaN]], ["a", "b"]);

        m.IsCompact.Should().BeFalse();
        m[0, 0].Should().Be(1);
        m[1, 0].Should().Be(odd);
        double.IsNaN(m[1, 1]).Should().BeTrue();
    }

    [Fact]
    public void Builder_RowsWithMetadata_KeepsRolesTargetsAndGroups()
    {
        var builder = ResponseMatrix.CreateBuilder(["q1", "q2"], ["team"]);
        builder.AddRow(new RespondentInfo { RespondentId = "p1", TargetId = "boss", Role = RaterRole.DirectReport, Groups = ["red"] }, [3, 4]);
        builder.AddRow(new RespondentInfo { RespondentId = "p2" }, [5, double.NaN]);

        var m = builder.Build();

        m.RespondentCount.Should().Be(2);
        m.GetValue(0, "q2").Should().Be(4);
        m.Respondents[0].TargetId.Should().Be("boss");
        m.Respondents[0].Role.Should().Be(RaterRole.DirectReport);
        m.Respondents[0].Groups.Should().Equal("red");
        m.Respondents[1].Groups.Should().Equal(new string?[] { null });
    }

    [Fact]
    public void Builder_AfterBuild_Throws()
    {
        var builder = ResponseMatrix.CreateBuilder(["q1"]);
        builder.Build();

        var act = () => builder.AddRow([1]);

        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Builder_WrongRowLength_Throws()
    {
        var act = () => ResponseMatrix.CreateBuilder(["q1", "q2"]).AddRow([1]);

        act.Should().Throw<ArgumentException>().WithMessage("A row must hold 2 answers, one per item; this one holds 1.*");
    }

    [Fact]
    public void Builder_DuplicateItemIds_Throws()
    {
        var act = () => ResponseMatrix.CreateBuilder(["q1", "q1"]);

        act.Should().Throw<ArgumentException>().WithMessage("Column 'q1' appears twice.*");
    }

    [Fact]
    public void Builder_SwitchesToDoublesMidway_KeepsEarlierAnswers()
    {
        var builder = ResponseMatrix.CreateBuilder(["q1"]);
        builder.AddRow([2]).AddRow([double.NaN]).AddRow([0.25]);

        var m = builder.Build();

        m.IsCompact.Should().BeFalse();
        m[0, 0].Should().Be(2);
        double.IsNaN(m[1, 0]).Should().BeTrue();
        m[2, 0].Should().Be(0.25);
    }

    [Fact]
    public void GetItemIndex_UnknownItem_ThrowsNamingIt()
    {
        var m = ResponseMatrix.FromRows([[1]], ["q1"]);

        var act = () => m.GetItemIndex("q9");

        act.Should().Throw<KeyNotFoundException>().WithMessage("The data have no item 'q9'.");
    }

    [Fact]
    public void GetByteRow_CompactStorage_ExposesRowWithSentinel()
    {
        var m = ResponseMatrix.FromRows([[1, 2, 3], [4, double.NaN, 6]], ["a", "b", "c"]);

        m.GetByteRow(1).ToArray().Should().Equal(4, 255, 6);
        m.RawBytes.Length.Should().Be(6);
    }

    [Fact]
    public void RaterRoles_TryParse_AcceptsFileNamesCaseInsensitively()
    {
        RaterRoles.TryParse(" Direct-Report ", out var role).Should().BeTrue();
        role.Should().Be(RaterRole.DirectReport);
        RaterRoles.TryParse("boss", out _).Should().BeFalse();
        RaterRoles.ToId(RaterRole.Peer).Should().Be("peer");
    }
}
