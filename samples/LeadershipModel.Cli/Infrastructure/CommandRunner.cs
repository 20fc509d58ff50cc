using LeadershipModel.Analysis.Csv;

namespace LeadershipModel.Cli.Infrastructure;

/// <summary>Runs a command body, turning expected failures into one clear line on stderr and exit code 1.</summary>
internal static class CommandRunner
{
    public static int Run(CliConsole console, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception ex) when (IsUserError(ex))
        {
            console.WriteError(ex.Message);
            return ExitCodes.UsageOrInput;
        }
    }

    public static async Task<int> RunAsync(CliConsole console, Func<Task<int>> body)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (Exception ex) when (IsUserError(ex))
        {
            console.WriteError(ex.Message);
            return ExitCodes.UsageOrInput;
        }
    }

    /// <summary>Bad usage, a malformed file, or a file that cannot be read or written: the user can fix these.</summary>
    private static bool IsUserError(Exception ex) => ex is CliException or CsvFormatException or IOException or UnauthorizedAccessException or FormatException;
}
