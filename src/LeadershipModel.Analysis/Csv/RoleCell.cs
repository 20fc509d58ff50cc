namespace LeadershipModel.Analysis.Csv;

/// <summary>Reads the rater role of a row: a known role, or the default role for an empty cell when one is given.</summary>
internal static class RoleCell
{
    public static bool TryRead(ReadOnlySpan<char> cell, RaterRole? defaultRole, out RaterRole role)
    {
        if (ResponseMatrixCsvReader.IsMissing(cell))
        {
            role = defaultRole.GetValueOrDefault();
            return defaultRole.HasValue;
        }

        return RaterRoles.TryParse(cell, out role);
    }

    public static string Reason(ReadOnlySpan<char> cell, string column, string quoted) => ResponseMatrixCsvReader.IsMissing(cell)
        ? $"the rater role in column '{column}' is empty; every row of a file with a role column needs one of self, manager, peer, direct-report, other."
        : $"{quoted} in column '{column}' is not a rater role (self, manager, peer, direct-report, other).";
}
