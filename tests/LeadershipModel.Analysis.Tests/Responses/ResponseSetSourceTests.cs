using LeadershipModel.Analysis.Responses;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

namespace LeadershipModel.Analysis.Tests.Responses;

public sealed class ResponseSetSourceTests
{
    [Fact]
    public void Location_WithLine_FileAndLine()
        => new ResponseSetSource { SourceName = "data.csv", Line = 14, Row = 12, Index = 10 }.Location.Should().Be("data.csv:14");

    [Fact]
    public void Location_WithoutLine_RowOneBased()
        => new ResponseSetSource { SourceName = "matrix", Row = 4 }.Location.Should().Be("matrix row 5");

    [Fact]
    public void Line_Zero_Throws()
        => FluentActions.Invoking(() => new ResponseSetSource { SourceName = "a.csv", Line = 0 }).Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void Describe_Rejection_LocationAndReasons()
    {
        var rejection = new Rejection { Index = 3, Reasons = [new RejectionReason("x", "Bad answer.")] };
        new ResponseSetSource { SourceName = "a.csv", Line = 7 }.Describe(rejection).Should().Be("a.csv:7: Bad answer. [x]");
    }
}
