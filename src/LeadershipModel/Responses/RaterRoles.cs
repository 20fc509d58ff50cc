namespace LeadershipModel.Responses;

/// <summary>Converts <see cref="RaterRole"/> values to and from their ids: <c>self</c>, <c>manager</c>, <c>peer</c>, <c>direct-report</c>, <c>other</c>.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class RaterRoles
{
    /// <summary>Gets the id of a role.</summary>
    /// <param name="role">The role.</param>
    /// <returns>Its id, such as <c>direct-report</c>.</returns>
    public static string ToId(RaterRole role) => role switch
    {
        RaterRole.Self => "self",
        RaterRole.Manager => "manager",
        RaterRole.Peer => "peer",
        RaterRole.DirectReport => "direct-report",
        RaterRole.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown rater role."),
    };

    /// <summary>Parses a role id, ignoring case; <c>directreport</c> and <c>direct_report</c> are accepted too.</summary>
    /// <param name="id">The id.</param>
    /// <param name="role">The role, when known.</param>
    /// <returns><see langword="true"/> when the id names a role.</returns>
    public static bool TryParse(string? id, out RaterRole role)
    {
        var normalized = id?.Trim().Replace("_", "-", StringComparison.Ordinal);
        foreach (var value in Enum.GetValues<RaterRole>())
        {
            if (string.Equals(ToId(value), normalized, StringComparison.OrdinalIgnoreCase)
                || string.Equals(value.ToString(), normalized, StringComparison.OrdinalIgnoreCase))
            {
                role = value;
                return true;
            }
        }

        role = default;
        return false;
    }
}
