namespace LeadershipModel.Responses;

/// <summary>Converts <see cref="RaterRole"/> values to and from their ids: <c>self</c>, <c>manager</c>, <c>peer</c>, <c>direct-report</c>, <c>other</c>.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class RaterRoles
{
    /// <summary>Gets every role, in declaration order.</summary>
    public static ReadOnlySpan<RaterRole> All => [RaterRole.Self, RaterRole.Manager, RaterRole.Peer, RaterRole.DirectReport, RaterRole.Other];

    /// <summary>Gets the id of a role, as used in data files and JSON.</summary>
    /// <param name="role">The role.</param>
    /// <returns>Its id, such as <c>direct-report</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not defined.</exception>
    public static string ToId(RaterRole role) => role switch
    {
        RaterRole.Self => "self",
        RaterRole.Manager => "manager",
        RaterRole.Peer => "peer",
        RaterRole.DirectReport => "direct-report",
        RaterRole.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Value is not a defined RaterRole."),
    };

    /// <summary>Parses a role id, ignoring case and surrounding white space; <c>direct_report</c> and <c>DirectReport</c> are accepted too.</summary>
    /// <param name="id">The id.</param>
    /// <param name="role">The role, when known.</param>
    /// <returns><see langword="true"/> when the id names a role.</returns>
    public static bool TryParse(string? id, out RaterRole role) => TryParse(id.AsSpan(), out role);

    /// <summary>Parses a role id, ignoring case and surrounding white space; <c>direct_report</c> and <c>DirectReport</c> are accepted too.</summary>
    /// <param name="id">The id.</param>
    /// <param name="role">The role, when known.</param>
    /// <returns><see langword="true"/> when the id names a role.</returns>
    public static bool TryParse(ReadOnlySpan<char> id, out RaterRole role)
    {
        var text = id.Trim();
        foreach (var candidate in All)
        {
            var name = ToId(candidate);
            if (text.Equals(name, StringComparison.OrdinalIgnoreCase)
                || text.Equals(candidate.ToString(), StringComparison.OrdinalIgnoreCase)
                || (text.Length == name.Length && text.Contains('_') && Matches(text, name)))
            {
                role = candidate;
                return true;
            }
        }

        role = default;
        return false;
    }

    private static bool Matches(ReadOnlySpan<char> text, string name)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i] == '_' ? '-' : char.ToLowerInvariant(text[i]);
            if (c != name[i])
            {
                return false;
            }
        }

        return true;
    }
}
