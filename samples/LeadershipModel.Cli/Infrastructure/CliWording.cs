namespace LeadershipModel.Cli.Infrastructure;

/// <summary>
/// Puts library messages in the command line's words: where a library message tells a C# caller which option to set,
/// the command-line user is told what they can change instead (their file, or an option they can pass).
/// </summary>
/// <remarks>The library keeps its own wording for library callers; only what the command prints is translated.</remarks>
internal static class CliWording
{
    private static readonly (string Library, string CommandLine)[] Hints =
    [
        ("declare them as grouping columns (CsvReadOptions.GroupingColumns) or set ResponseSetReadOptions.IgnoreUnknownItemColumns.",
            "rename or remove such columns (every column of answers must be named by an item id of the instrument), or pass --instrument with the instrument they belong to."),
        (" (name them with CsvReadOptions.ItemColumns).",
            "; item answers must be numbers, with a header row naming every column."),
        ("raise ResponseSetReadOptions.MaxRejectionsKept or stream the file.",
            "correct the file: most of its rows cannot be read."),
    ];

    /// <summary>The message with every library hint replaced by the command line's.</summary>
    /// <param name="message">A message from the library or the command.</param>
    /// <returns>The message for a command-line user.</returns>
    public static string ForUser(string message)
    {
        foreach (var (library, commandLine) in Hints)
        {
            message = message.Replace(library, commandLine, StringComparison.Ordinal);
        }

        return message;
    }
}
