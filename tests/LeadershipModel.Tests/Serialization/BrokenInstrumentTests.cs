using System.Text.Json;
using LeadershipModel.Serialization;

namespace LeadershipModel.Tests.Serialization;

/// <summary>
/// A corpus of broken instrument documents, one problem each (and one with several); <c>Broken/expected.json</c>
/// lists the exact errors (code and path) each must produce.
/// </summary>
public sealed class BrokenInstrumentTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Serialization", "Broken");

    public static TheoryData<string> Files() => new(FileNames());

    private static List<string> FileNames() =>
        [.. Directory.GetFiles(Folder, "*.json").Select(f => Path.GetFileName(f)).Where(f => f != "expected.json").Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_BrokenDocument_ReportsExactlyTheExpectedCodesAndPaths(string file)
    {
        var result = InstrumentJson.Read(File.ReadAllText(Path.Combine(Folder, file)));

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
        named.Should().Contain(["duplicate-item-id.json", "unknown-dimension.json", "unknown-construct.json", "min-not-below-max.json", "weight-zero.json",
            "weight-negative.json", "pole-without-items.json", "bad-keying.json", "bad-id.json", "missing-id.json", "wrong-type.json", "malformed.json",
            "too-deep.json", "several-problems.json"]);
    }

    [Fact]
    public void Read_Malformed_MessageGivesLineAndBytePosition()
    {
        var result = InstrumentJson.Read(File.ReadAllText(Path.Combine(Folder, "malformed.json")));

        result.Errors.Should().ContainSingle().Which.Message.Should().Contain("line 4");
    }

    [Fact]
    public void Read_TooDeep_MessageNamesTheDepthLimit()
    {
        var result = InstrumentJson.Read(File.ReadAllText(Path.Combine(Folder, "too-deep.json")));

        result.Errors.Should().ContainSingle().Which.Message.Should().Contain("32");
    }

    private static List<(string Code, string Path)> Expected(string file)
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "expected.json")));
        return expected.RootElement.GetProperty(file).EnumerateArray()
            .Select(e => (e.GetProperty("code").GetString()!, e.GetProperty("path").GetString()!))
            .ToList();
    }
}
