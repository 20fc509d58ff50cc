using System.Text.Json;
using LeadershipModel.Serialization;

namespace LeadershipModel.Tests.Serialization;

/// <summary>
/// A corpus of broken profile documents, one problem each (and one with several), made from <c>BrokenProfiles/valid.json</c>;
/// <c>BrokenProfiles/expected.json</c> lists the exact errors (code and path) each must produce.
/// </summary>
public sealed class BrokenProfileTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Serialization", "BrokenProfiles");

    public static TheoryData<string> Files() => new(FileNames());

    private static List<string> FileNames() =>
        [.. Directory.GetFiles(Folder, "*.json").Select(f => Path.GetFileName(f)).Where(f => f is not ("expected.json" or "valid.json")).Order(StringComparer.Ordinal)];

    [Fact]
    public void Read_TheValidDocument_Succeeds()
        => ProfileJson.Read(File.ReadAllText(Path.Combine(Folder, "valid.json"))).Errors.Should().BeEmpty();

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_BrokenDocument_ReportsExactlyTheExpectedCodesAndPaths(string file)
    {
        var result = ProfileJson.Read(File.ReadAllText(Path.Combine(Folder, file)));

        result.IsSuccess.Should().BeFalse();
        result.Value.Should().BeNull();
        result.Errors.Select(e => (e.Code, e.Path)).Should().BeEquivalentTo(Expected(file), string.Join("; ", result.Errors));
        result.Errors.Should().OnlyContain(e => !string.IsNullOrWhiteSpace(e.Message));
    }

    [Fact]
    public void Corpus_EveryFileHasExpectations_AndEveryExpectationAFile()
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "expected.json")));
        var named = expected.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        named.Should().BeEquivalentTo(FileNames());
        named.Should().Contain(["duplicate-base.json", "bad-scale-key.json", "answered-exceeds-count.json", "outcome-not-normalised.json", "malformed.json", "several-problems.json"]);
    }

    private static List<(string Code, string Path)> Expected(string file)
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "expected.json")));
        return expected.RootElement.GetProperty(file).EnumerateArray()
            .Select(e => (e.GetProperty("code").GetString()!, e.GetProperty("path").GetString()!))
            .ToList();
    }
}
