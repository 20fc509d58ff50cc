using System.Diagnostics.CodeAnalysis;
using LeadershipModel.Internal;

namespace LeadershipModel.Consent;

/// <summary>
/// The positional bases that the organisation grants with a role, each in [0, 1]. No follower can withdraw them;
/// only <see cref="ConsentEventKind.RoleRevoked"/> takes them away.
/// </summary>
/// <remarks>This type is immutable and thread-safe. Its checks run in the <c>init</c> accessors.</remarks>
public sealed record ConsentRole
{
    private readonly double _legitimate;
    private readonly double _reward;
    private readonly double _coercive;

    /// <summary>Initializes a new role.</summary>
    /// <param name="legitimate">Legitimate power in [0, 1].</param>
    /// <param name="reward">Reward power (the carrot) in [0, 1].</param>
    /// <param name="coercive">Coercive power (the stick) in [0, 1].</param>
    [SetsRequiredMembers]
    public ConsentRole(double legitimate, double reward, double coercive)
    {
        Legitimate = legitimate;
        Reward = reward;
        Coercive = coercive;
    }

    /// <summary>Gets legitimate power in [0, 1].</summary>
    public required double Legitimate { get => _legitimate; init => _legitimate = Preconditions.UnitInterval(value, nameof(Legitimate)); }

    /// <summary>Gets reward power, the carrot, in [0, 1].</summary>
    public required double Reward { get => _reward; init => _reward = Preconditions.UnitInterval(value, nameof(Reward)); }

    /// <summary>Gets coercive power, the stick, in [0, 1].</summary>
    public required double Coercive { get => _coercive; init => _coercive = Preconditions.UnitInterval(value, nameof(Coercive)); }
}
