using System.Diagnostics.CodeAnalysis;
using LeadershipModel.Internal;

namespace LeadershipModel;

/// <summary>The measured strength of one power base.</summary>
/// <remarks>This type is immutable and thread-safe. Its checks run in the <c>init</c> accessors.</remarks>
public sealed record PowerBaseScore
{
    private readonly PowerBase _base;
    private readonly double _strength;

    /// <summary>Initializes a new score.</summary>
    /// <param name="base">The power base.</param>
    /// <param name="strength">The strength in [0, 1].</param>
    [SetsRequiredMembers]
    public PowerBaseScore(PowerBase @base, double strength)
    {
        Base = @base;
        Strength = strength;
    }

    /// <summary>Gets the power base.</summary>
    public required PowerBase Base { get => _base; init => _base = Preconditions.Defined(value, nameof(Base)); }

    /// <summary>Gets the strength in [0, 1].</summary>
    public required double Strength { get => _strength; init => _strength = Preconditions.UnitInterval(value, nameof(Strength)); }
}
