using LeadershipModel.Analysis.Csv;
using LeadershipModel.Analysis.Matrix;
using nietras.SeparatedValues;

namespace LeadershipModel.Cli.Infrastructure;

/// <summary>Reads a CSV's item columns into a response matrix, reporting rejected rows on stderr.</summary>
internal static class CsvInput
{
    public static (ResponseMatrix Data, int Rejected) ReadItems(FileInfo file, IReadOnlyCollection<string> itemColumns, System.Text.Encoding? encoding, CliConsole console)
    {
        InputFile.Require(file);
        var result = ResponseMatrixCsvReader.ReadFile(file.FullName, new CsvReadOptions { ItemColumns = itemColumns.ToEquatableArray(), Encoding = encoding });
        foreach (var rejection in result.Rejections)
        {
            console.WriteError(rejection.Message);
        }

        if (result.Rejected > 0)
        {
            console.WriteWarning($"{result.Rejected} of {result.RowsRead} rows rejected; the analysis uses the other {result.Accepted}.");
        }

        Skipped(console, file, result.Skipped);
        return (result.Matrix, result.Rejected);
    }

    /// <summary>Reports blank and comment lines skipped, so that every line of the file is accounted for.</summary>
    public static void Skipped(CliConsole console, FileInfo file, long skipped)
    {
        if (skipped > 0)
        {
            console.WriteInfo($"{file.Name}: skipped {skipped} blank or comment line{(skipped == 1 ? "" : "s")}.");
        }
    }

    /// <summary>The header's column names, for commands that check a column before reading the rows.</summary>
    public static List<string> ReadHeader(FileInfo file)
    {
        InputFile.Require(file);
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(file.FullName);
        if (!reader.HasHeader)
        {
            throw new CliException($"{file.Name}:1: the file is empty; expected a header row.");
        }

        return [.. reader.Header.ColNames];
    }
}
