using System.Diagnostics;

namespace LeadershipModel.Cli.Tests;

/// <summary>Runs the built command as a new user would: a separate process in an empty folder.</summary>
public sealed class BuiltCommandTests
{
    private static (int ExitCode, string Output, string Error) Run(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "leadership.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit(TimeSpan.FromMinutes(2)).Should().BeTrue("the command finishes");
        return (process.ExitCode, output.Result, error.Result);
    }

    [Fact]
    public void NoArguments_InAnEmptyFolder_PrintsTheSampleReport()
    {
        using var temp = new TempFolder();
        var (code, output, error) = Run(temp.Path);
        code.Should().Be(0, error);
        output.Should().Contain("Target: T1").And.Contain("Seek control").And.Contain("360 feedback");
        error.Should().Contain("scored 36, rejected 0");
        Directory.EnumerateFileSystemEntries(temp.Path).Should().BeEmpty("the default run writes nothing into the folder");
    }

    [Fact]
    public void BadUsage_ExitsOneOnStandardError()
    {
        using var temp = new TempFolder();
        var (code, output, error) = Run(temp.Path, "score", "--format", "pdf");
        code.Should().Be(1);
        error.Should().NotBeEmpty();
        output.Should().NotContain("Seek control");
    }
}
