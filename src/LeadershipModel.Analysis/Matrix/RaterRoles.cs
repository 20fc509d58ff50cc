namespace LeadershipModel.Analysis;

/// <summary>Converts <see cref="RaterRole"/> values to and from the names used in data files.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class RaterRoles
{
    /// <summary>Gets the file name of a role: <c>self</c>, <c>manager</c>, <c>peer</c>, <c>direct-report</c> or <c>other</c>.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The lower-case name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not defined.</exception>
    public static string ToFileName(RaterRole role) => role switch
    {
        RaterRole.Self => "self",
        RaterRole.Manager => "manager",
        RaterRole.Peer => "peer",
        RaterRole.DirectReport => "direct-report",
        RaterRole.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Value is not a defined RaterRole."),
    };

    /// <summary>Parses a role name (case-insensitive, surrounding white space ignored).</summary>
    /// <param name="text">The text, such as <c>Direct-Report</c>.</param>
    /// <param name="role">The role when the text names one.</param>
    /// <returns><see langword="true"/> when the text names a role.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out RaterRole role)
    {
        var t = text.Trim();
        foreach (var candidate in All)
        {
            if (t.Equals(ToFileName(candidate), StringComparison.OrdinalIgnoreCase))
            {
                role = candidate;
                return true;
            }
        }

        role = default;
        return false;
    }

    private static ReadOnlySpan<RaterRole> All => [RaterRole.Self, RaterRole.Manager, RaterRole.Peer, RaterRole.DirectReport, RaterRole.Other];
}
