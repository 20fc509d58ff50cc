using System.Globalization;

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

    /// <summary>
    /// Reads who answered, about whom and in which role from a data row: the respondent id (the row's number when the
    /// file has no respondent column), the target (<see langword="null"/> when absent or empty) and the role.
    /// </summary>
    /// <param name="row">The row.</param>
    /// <param name="rowNumber">The row's number among the data rows, used as the respondent id without a respondent column.</param>
    /// <param name="identity">The ids and role, when the row has them.</param>
    /// <param name="column">The column that is wrong, when the row is rejected.</param>
    /// <returns><see langword="null"/> when the row names who answered; otherwise the reason it is rejected.</returns>
    public string? ReadIdentity(CsvRowBuffer row, long rowNumber, out (string Respondent, string? Target, RaterRole Role) identity, out int column)
        => ReadIdentity(
            Respondent >= 0 ? row[Respondent] : default,
            Target >= 0 ? row[Target] : default,
            Role >= 0 ? row[Role] : default,
            rowNumber,
            out identity,
            out column);

    /// <summary>Reads who answered from the respondent, target and role fields (each ignored when this layout has no such column).</summary>
    /// <param name="respondentField">The respondent field.</param>
    /// <param name="targetField">The target field.</param>
    /// <param name="roleField">The role field.</param>
    /// <param name="rowNumber">The row's number among the data rows, used as the respondent id without a respondent column.</param>
    /// <param name="identity">The ids and role, when the row has them.</param>
    /// <param name="column">The column that is wrong, when the row is rejected.</param>
    /// <returns><see langword="null"/> when the row names who answered; otherwise the reason it is rejected.</returns>
    public string? ReadIdentity(ReadOnlySpan<char> respondentField, ReadOnlySpan<char> targetField, ReadOnlySpan<char> roleField, long rowNumber, out (string Respondent, string? Target, RaterRole Role) identity, out int column)
    {
        identity = default;
        column = -1;
        string respondent;
        if (Respondent >= 0)
        {
            var id = respondentField.Trim();
            if (ResponseMatrixCsvReader.IsMissing(id))
            {
                column = Respondent;
                return $"the respondent id in column '{Names[Respondent]}' is empty.";
            }

            respondent = id.ToString();
        }
        else
        {
            respondent = rowNumber.ToString(CultureInfo.InvariantCulture);
        }

        string? target = null;
        if (Target >= 0 && !ResponseMatrixCsvReader.IsMissing(targetField))
        {
            // The same text as the respondent id (a self-assessment) shares its string.
            var t = targetField.Trim();
            target = t.SequenceEqual(respondent) ? respondent : t.ToString();
        }

        var role = RaterRole.Self;
        if (Role >= 0 && !RoleCell.TryRead(roleField, DefaultRole, out role))
        {
            column = Role;
            return RoleCell.Reason(roleField, Names[Role], CsvRowGuard.Quote(roleField));
        }

        identity = (respondent, target, role);
        return null;
    }
}
