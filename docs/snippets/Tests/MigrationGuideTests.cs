namespace LeadershipModel.Snippets.Tests;

/// <summary>The migration guide lists every breaking change of CHANGELOG.md, so the two cannot drift apart.</summary>
public sealed class MigrationGuideTests
{
    [Fact]
    public void MigrationGuide_HasEveryBreakingChangeOfTheChangelog()
    {
        var changelog = File.ReadAllText(Path.Combine(Repo.Root, "CHANGELOG.md")).ReplaceLineEndings("\n");
        var guide = File.ReadAllText(Path.Combine(Repo.Root, "docs", "migration.md")).ReplaceLineEndings("\n");

        var breaking = BreakingChanges(changelog).ToList();

        breaking.Should().NotBeEmpty();
        breaking.Where(entry => !guide.Contains("| " + entry.Replace("|", "\\|", StringComparison.Ordinal) + " |", StringComparison.Ordinal))
            .Should().BeEmpty("docs/migration.md has one row per breaking change, its text as in CHANGELOG.md");
    }

    /// <summary>The bullets under every "### Breaking changes" heading.</summary>
    private static IEnumerable<string> BreakingChanges(string changelog)
    {
        var inSection = false;
        foreach (var line in changelog.Split('\n'))
        {
            if (line.StartsWith('#'))
            {
                inSection = line.Trim() == "### Breaking changes";
            }
            else if (inSection && line.StartsWith("- ", StringComparison.Ordinal))
            {
                yield return line[2..];
            }
        }
    }
}
