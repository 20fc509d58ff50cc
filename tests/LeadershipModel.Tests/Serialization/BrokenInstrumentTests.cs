using LeadershipModel.Serialization;

namespace LeadershipModel.Tests.Serialization;

/// <summary>
/// A corpus of broken instrument documents, one problem each (and one with several); <c>Broken/expected.json</c>
/// lists the exact errors (code and path) each must produce.
/// </summary>
public sealed class BrokenInstrumentTests
{
    private static readonly BrokenCorpus Corpus = new("Broken");

    public static TheoryData<string> Files() => new(Corpus.FileNames());

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_BrokenDocument_ReportsExactlyTheExpectedCodesAndPaths(string file)
        => Corpus.ShouldReportExactlyTheExpectedErrors(JsonFormats.Instrument.Read(Corpus.Read(file)), file);

    [Fact]
    public void Corpus_EveryFileHasExpectations_AndEveryExpectationAFile()
    {
        var named = Corpus.NamedInExpectations();
        named.Should().BeEquivalentTo(Corpus.FileNames());
        named.Should().Contain(["duplicate-item-id.json", "unknown-dimension.json", "unknown-construct.json", "min-not-below-max.json", "weight-zero.json",
            "weight-negative.json", "pole-without-items.json", "bad-keying.json", "bad-id.json", "missing-id.json", "wrong-type.json", "malformed.json",
            "too-deep.json", "several-problems.json"]);
    }

    [Fact]
    public void Read_Malformed_MessageGivesLineAndBytePosition()
    {
        var result = JsonFormats.Instrument.Read(Corpus.Read("malformed.json"));

        result.Errors.Should().ContainSingle().Which.Message.Should().Contain("line 4");
    }

    [Fact]
    public void Read_TooDeep_MessageNamesTheDepthLimit()
    {
        var result = JsonFormats.Instrument.Read(Corpus.Read("too-deep.json"));

        result.Errors.Should().ContainSingle().Which.Message.Should().Contain("32");
    }
}
