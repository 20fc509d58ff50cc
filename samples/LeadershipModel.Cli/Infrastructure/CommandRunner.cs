using LeadershipModel.Analysis;

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
        catch (CliException ex)
        {
            console.WriteError(ex.Message);
            return ExitCodes.UsageOrInput;
        }
        catch (CsvFormatException ex)
        {
            console.WriteError(ex.Message);
            return ExitCodes.UsageOrInput;
        }
        catch (IOException ex)
        {
            console.WriteError(ex.Message);
            return ExitCodes.UsageOrInput;
        }
        catch (UnauthorizedAccessException ex)
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
        catch (CliException ex)
        {
            console.WriteError(ex.Message);
            return ExitCodes.UsageOrInput;
        }
        catch (CsvFormatException ex)
        {
            console.WriteError(ex.Message);
            return ExitCodes.UsageOrInput;
        }
        catch (IOException ex)
        {
            console.WriteError(ex.Message);
            return ExitCodes.UsageOrInput;
        }
        catch (UnauthorizedAccessException ex)
        {
            console.WriteError(ex.Message);
            return ExitCodes.UsageOrInput;
        }
    }
}
