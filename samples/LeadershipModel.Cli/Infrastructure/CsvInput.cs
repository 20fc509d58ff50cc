using LeadershipModel.Analysis;
using nietras.SeparatedValues;

namespace LeadershipModel.Cli.Infrastructure;

/// <summary>Reads a CSV's item columns into a response matrix, reporting rejected rows on stderr.</summary>
internal static class CsvInput
{
    public static ResponseMatrix ReadItems(FileInfo file, IReadOnlyCollection<string> itemColumns, CliConsole console)
    {
        if (!file.Exists)
        {
            throw new CliException($"{file}: no such file.");
        }

        var header = ReadHeader(file);
        var missing = itemColumns.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            throw new CliException($"{file.Name}:1: no column named {string.Join(", ", missing.Select(m => $"'{m}'"))}; the header has {string.Join(", ", header.Take(12))}{(header.Count > 12 ? ", …" : "")}.");
        }

        var result = ResponseMatrixCsvReader.ReadFile(file.FullName, new CsvReadOptions { ItemColumns = itemColumns.ToEquatableArray() });
        foreach (var rejection in result.Rejections)
        {
            console.WriteError(rejection.Message);
        }

        if (result.Rejected > 0)
        {
            console.WriteWarning($"{result.Rejected} of {result.RowsRead} rows rejected; the analysis uses the other {result.Accepted}.");
        }

        return result.Matrix;
    }

    public static List<string> ReadHeader(FileInfo file)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(file.FullName);
        if (!reader.HasHeader)
        {
            throw new CliException($"{file.Name}:1: the file is empty; expected a header row.");
        }

        return [.. reader.Header.ColNames];
    }
}
