using System.Diagnostics.CodeAnalysis;
using LeadershipModel.Internal;

namespace LeadershipModel.Consent;

/// <summary>The names of <see cref="ConsentEventKind"/> in every output: <c>role-granted</c>, <c>role-revoked</c>,
/// <c>consent-granted</c>, <c>consent-withdrawn</c>, <c>expertise-shown</c>, <c>trust-broken</c>,
/// <c>reward-offered</c>, <c>sanction-threatened</c>.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class ConsentEventKinds
{
    private static readonly string[] NameOf =
        ["role-granted", "role-revoked", "consent-granted", "consent-withdrawn", "expertise-shown", "trust-broken", "reward-offered", "sanction-threatened"];

    /// <summary>Gets every name, in declaration order of <see cref="ConsentEventKind"/>.</summary>
    public static EquatableArray<string> Names { get; } = NameOf.ToEquatableArray();

    /// <summary>Gets the name of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its name, such as <c>consent-withdrawn</c>.</returns>
    public static string ToName(ConsentEventKind kind) => NameOf[(int)Preconditions.Defined(kind)];

    /// <summary>Parses a name.</summary>
    /// <param name="name">The name, such as <c>reward-offered</c>.</param>
    /// <param name="kind">The kind, when the name is known.</param>
    /// <returns><see langword="true"/> when the name is known.</returns>
    public static bool TryParse([NotNullWhen(true)] string? name, out ConsentEventKind kind)
    {
        var i = Array.IndexOf(NameOf, name);
        kind = (ConsentEventKind)Math.Max(i, 0);
        return i >= 0;
    }

    /// <summary>Gets a value indicating whether the organisation causes the kind (<c>role-granted</c>, <c>role-revoked</c>), so that it concerns no single follower.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> for the role events.</returns>
    public static bool IsRoleEvent(ConsentEventKind kind) => kind is ConsentEventKind.RoleGranted or ConsentEventKind.RoleRevoked;
}
