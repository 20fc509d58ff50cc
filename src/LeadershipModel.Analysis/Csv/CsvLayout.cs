namespace LeadershipModel.Analysis.Csv;

/// <summary>What each column of a CSV file holds, decided from the header (and the first rows when items are detected).</summary>
internal sealed class CsvLayout
{
    public required string[] Names { get; init; }

    public int Respondent { get; init; } = -1;

    public int Target { get; init; } = -1;

    public int Role { get; init; } = -1;

    /// <summary>Gets the role of a row whose role cell is empty, or <see langword="null"/> to reject it.</summary>
    public RaterRole? DefaultRole { get; init; }

    /// <summary>Gets the file columns of the items, in matrix order.</summary>
    public required int[] Items { get; init; }

    /// <summary>Gets the file columns of the grouping variables, in file order.</summary>
    public required int[] Groups { get; init; }
}
