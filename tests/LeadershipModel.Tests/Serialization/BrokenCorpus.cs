using System.Text.Json;
using LeadershipModel.Serialization;

namespace LeadershipModel.Tests.Serialization;

/// <summary>
/// A folder of broken JSON documents with an <c>expected.json</c> that lists, per file, the exact errors (code and
/// path) reading it must produce. Shared by the instrument, profile and norm-table corpora.
/// </summary>
internal sealed class BrokenCorpus(string folderName, params string[] notBroken)
{
    private const string ExpectationsFile = "expected.json";

    public string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Serialization", folderName);

    /// <summary>The broken documents, in ordinal order.</summary>
    public List<string> FileNames() =>
        [.. Directory.GetFiles(Folder, "*.json").Select(f => Path.GetFileName(f)).Where(f => f != ExpectationsFile && !notBroken.Contains(f)).Order(StringComparer.Ordinal)];

    public string Read(string file) => File.ReadAllText(Path.Combine(Folder, file));

    /// <summary>The files <c>expected.json</c> has expectations for.</summary>
    public List<string> NamedInExpectations()
    {
        using var expected = JsonDocument.Parse(Read(ExpectationsFile));
        return [.. expected.RootElement.EnumerateObject().Select(p => p.Name)];
    }

    public List<(string Code, string Path)> Expected(string file)
    {
        using var expected = JsonDocument.Parse(Read(ExpectationsFile));
        return expected.RootElement.GetProperty(file).EnumerateArray()
            .Select(e => (e.GetProperty("code").GetString()!, e.GetProperty("path").GetString()!))
            .ToList();
    }

    /// <summary>Asserts that a read failed with exactly the expected codes and paths, each with a message.</summary>
    public void ShouldReportExactlyTheExpectedErrors<T>(JsonReadResult<T> result, string file)
        where T : notnull
    {
        result.IsSuccess.Should().BeFalse();
        result.Value.Should().BeNull();
        result.Errors.Select(e => (e.Code, e.Path)).Should().BeEquivalentTo(Expected(file), string.Join("; ", result.Errors));
        result.Errors.Should().OnlyContain(e => !string.IsNullOrWhiteSpace(e.Message));
    }
}
