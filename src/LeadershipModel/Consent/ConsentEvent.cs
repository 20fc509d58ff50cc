using System.Diagnostics.CodeAnalysis;
using LeadershipModel.Internal;

namespace LeadershipModel.Consent;

/// <summary>One event of a consent relationship, at a time step.</summary>
/// <remarks>
/// <para>Role events (<see cref="ConsentEventKind.RoleGranted"/>, <see cref="ConsentEventKind.RoleRevoked"/>) have no
/// follower; every other kind names one. <see cref="ConsentEventKind.RoleGranted"/> carries the <see cref="Role"/>;
/// <see cref="ConsentEventKind.ExpertiseShown"/> raises the follower's expert and informational grant by
/// <see cref="Amount"/>, and <see cref="ConsentEventKind.TrustBroken"/> lowers their referent grant by it (each
/// clamped to [0, 1]).</para>
/// <para>This type is immutable and thread-safe. Create it with the factory methods, which check that the fields fit the kind.</para>
/// </remarks>
public sealed record ConsentEvent
{
    private ConsentEvent(int step, ConsentEventKind kind, string? followerId, ConsentRole? role, double amount)
    {
        Step = step;
        Kind = kind;
        FollowerId = followerId;
        Role = role;
        Amount = amount;
    }

    /// <summary>Gets the time step, at least 1 (step 0 is the initial state).</summary>
    public int Step { get; }

    /// <summary>Gets the kind.</summary>
    public ConsentEventKind Kind { get; }

    /// <summary>Gets the follower's id, or <see langword="null"/> for a role event.</summary>
    public string? FollowerId { get; }

    /// <summary>Gets the role granted, for <see cref="ConsentEventKind.RoleGranted"/> only.</summary>
    public ConsentRole? Role { get; }

    /// <summary>Gets the amount in [0, 1] for <see cref="ConsentEventKind.ExpertiseShown"/> and <see cref="ConsentEventKind.TrustBroken"/>; 0 otherwise.</summary>
    public double Amount { get; }

    /// <summary>Gets the kind's name, such as <c>consent-withdrawn</c>.</summary>
    public string Name => ConsentEventKinds.ToName(Kind);

    /// <summary>Creates a <c>role-granted</c> event.</summary>
    /// <param name="step">The step, at least 1.</param>
    /// <param name="role">The role's positional bases.</param>
    /// <returns>The event.</returns>
    public static ConsentEvent RoleGranted(int step, ConsentRole role) => new(CheckStep(step), ConsentEventKind.RoleGranted, null, Preconditions.NotNull(role), 0);

    /// <summary>Creates a <c>role-revoked</c> event.</summary>
    /// <param name="step">The step, at least 1.</param>
    /// <returns>The event.</returns>
    public static ConsentEvent RoleRevoked(int step) => new(CheckStep(step), ConsentEventKind.RoleRevoked, null, null, 0);

    /// <summary>Creates a follower's event of a kind that carries no amount: <c>consent-granted</c>, <c>consent-withdrawn</c>, <c>reward-offered</c> or <c>sanction-threatened</c>.</summary>
    /// <param name="step">The step, at least 1.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="followerId">The follower's id.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException">The kind is a role event or carries an amount.</exception>
    public static ConsentEvent ForFollower(int step, ConsentEventKind kind, string followerId)
    {
        if (ConsentEventKinds.IsRoleEvent(Preconditions.Defined(kind)) || kind is ConsentEventKind.ExpertiseShown or ConsentEventKind.TrustBroken)
        {
            throw new ArgumentException($"'{ConsentEventKinds.ToName(kind)}' is not a follower event without an amount.", nameof(kind));
        }

        return new(CheckStep(step), kind, Preconditions.NotBlank(followerId), null, 0);
    }

    /// <summary>Creates an <c>expertise-shown</c> or <c>trust-broken</c> event.</summary>
    /// <param name="step">The step, at least 1.</param>
    /// <param name="kind"><see cref="ConsentEventKind.ExpertiseShown"/> or <see cref="ConsentEventKind.TrustBroken"/>.</param>
    /// <param name="followerId">The follower's id.</param>
    /// <param name="amount">How much the grant rises or falls, in (0, 1].</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException">The kind carries no amount.</exception>
    public static ConsentEvent WithAmount(int step, ConsentEventKind kind, string followerId, double amount)
    {
        if (kind is not (ConsentEventKind.ExpertiseShown or ConsentEventKind.TrustBroken))
        {
            throw new ArgumentException($"'{kind}' carries no amount.", nameof(kind));
        }

        if (!(amount > 0 && amount <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "The amount must lie in (0, 1].");
        }

        return new(CheckStep(step), kind, Preconditions.NotBlank(followerId), null, amount);
    }

    private static int CheckStep(int step) => Preconditions.InRange(step, 1, int.MaxValue, nameof(step));

    /// <inheritdoc/>
    [ExcludeFromCodeCoverage]
    public override string ToString() => FormattableString.Invariant($"step {Step}: {Name}{(FollowerId is null ? string.Empty : " " + FollowerId)}{(Amount > 0 ? $" {Amount:0.###}" : string.Empty)}");
}
