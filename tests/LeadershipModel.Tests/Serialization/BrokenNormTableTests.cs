using LeadershipModel.Serialization;

namespace LeadershipModel.Tests.Serialization;

/// <summary>
/// A corpus of broken norm-table documents, one problem each (and one with several), made from <c>BrokenNormTables/valid.json</c>;
/// <c>BrokenNormTables/expected.json</c> lists the exact errors (code and path) each must produce.
/// </summary>
public sealed class BrokenNormTableTests
{
    private static readonly BrokenCorpus Corpus = new("BrokenNormTables", "valid.json");

    public static TheoryData<string> Files() => new(Corpus.FileNames());

    [Fact]
    public void Read_TheValidDocument_Succeeds()
        => JsonFormats.NormTable.Read(Corpus.Read("valid.json")).Errors.Should().BeEmpty();

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_BrokenDocument_ReportsExactlyTheExpectedCodesAndPaths(string file)
        => Corpus.ShouldReportExactlyTheExpectedErrors(JsonFormats.NormTable.Read(Corpus.Read(file)), file);

    [Fact]
    public void Corpus_EveryFileHasExpectations_AndEveryExpectationAFile()
    {
        var named = Corpus.NamedInExpectations();
        named.Should().BeEquivalentTo(Corpus.FileNames());
        named.Should().Contain(["unsorted-points.json", "percentile-out-of-range.json", "duplicate-index-id.json", "negative-sd.json", "malformed.json", "several-problems.json"]);
    }
}
