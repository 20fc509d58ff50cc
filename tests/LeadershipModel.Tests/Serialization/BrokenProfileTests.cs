using LeadershipModel.Serialization;

namespace LeadershipModel.Tests.Serialization;

/// <summary>
/// A corpus of broken profile documents, one problem each (and one with several), made from <c>BrokenProfiles/valid.json</c>;
/// <c>BrokenProfiles/expected.json</c> lists the exact errors (code and path) each must produce.
/// </summary>
public sealed class BrokenProfileTests
{
    private static readonly BrokenCorpus Corpus = new("BrokenProfiles", "valid.json");

    public static TheoryData<string> Files() => new(Corpus.FileNames());

    [Fact]
    public void Read_TheValidDocument_Succeeds()
        => JsonFormats.Profile.Read(Corpus.Read("valid.json")).Errors.Should().BeEmpty();

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_BrokenDocument_ReportsExactlyTheExpectedCodesAndPaths(string file)
        => Corpus.ShouldReportExactlyTheExpectedErrors(JsonFormats.Profile.Read(Corpus.Read(file)), file);

    [Fact]
    public void Corpus_EveryFileHasExpectations_AndEveryExpectationAFile()
    {
        var named = Corpus.NamedInExpectations();
        named.Should().BeEquivalentTo(Corpus.FileNames());
        named.Should().Contain(["duplicate-base.json", "bad-scale-key.json", "answered-exceeds-count.json", "outcome-not-normalised.json", "malformed.json", "several-problems.json"]);
    }
}
