using System.Diagnostics.CodeAnalysis;
using LeadershipModel.Internal;

namespace LeadershipModel.Consent;

/// <summary>
/// An event a scenario fixes in advance: the organisation grants or revokes the role, or a share of the followers
/// withdraws or grants consent at a step.
/// </summary>
/// <remarks>
/// <para>For <c>consent-withdrawn</c>, the first <c>⌈share × followers⌉</c> followers (in id order) among those who
/// consent at that step withdraw; <c>consent-granted</c> likewise among those who do not.</para>
/// <para>This type is immutable and thread-safe. Its checks run in the constructor and the <c>init</c> accessors.</para>
/// </remarks>
public sealed record ConsentScriptedEvent
{
    private readonly int _step;
    private readonly double _share = 1;

    /// <summary>Initializes a new scripted event.</summary>
    /// <param name="step">The step, at least 1.</param>
    /// <param name="kind"><c>role-granted</c>, <c>role-revoked</c>, <c>consent-withdrawn</c> or <c>consent-granted</c>.</param>
    /// <param name="role">The role, for <c>role-granted</c> only.</param>
    /// <param name="share">For consent events, the share of all followers concerned, in (0, 1].</param>
    /// <exception cref="ArgumentException">The kind cannot be scripted, or the role does not fit the kind.</exception>
    [SetsRequiredMembers]
    public ConsentScriptedEvent(int step, ConsentEventKind kind, ConsentRole? role = null, double share = 1)
    {
        if (Preconditions.Defined(kind) is not (ConsentEventKind.RoleGranted or ConsentEventKind.RoleRevoked or ConsentEventKind.ConsentWithdrawn or ConsentEventKind.ConsentGranted))
        {
            throw new ArgumentException($"'{ConsentEventKinds.ToName(kind)}' cannot be scripted: only role-granted, role-revoked, consent-withdrawn and consent-granted can.", nameof(kind));
        }

        if ((kind == ConsentEventKind.RoleGranted) != (role is not null))
        {
            throw new ArgumentException("A role is given with role-granted, and only with it.", nameof(role));
        }

        Step = step;
        Kind = kind;
        Role = role;
        Share = share;
    }

    /// <summary>Gets the step, at least 1.</summary>
    public required int Step { get => _step; init => _step = Preconditions.InRange(value, 1, int.MaxValue, nameof(Step)); }

    /// <summary>Gets the kind.</summary>
    public ConsentEventKind Kind { get; }

    /// <summary>Gets the role, for <c>role-granted</c>.</summary>
    public ConsentRole? Role { get; }

    /// <summary>Gets the share of all followers concerned by a consent event, in (0, 1]; 1 by default.</summary>
    public double Share
    {
        get => _share;
        init => _share = value > 0 && value <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Share), value, "The share must lie in (0, 1].");
    }
}
