using System.Diagnostics.CodeAnalysis;
using LeadershipModel.Internal;

namespace LeadershipModel;

/// <summary>The measured strength of one authority source: the mean of its measured bases.</summary>
/// <remarks>This type is immutable and thread-safe. Its checks run in the <c>init</c> accessors.</remarks>
public sealed record AuthoritySourceScore
{
    private readonly AuthoritySource _source;
    private readonly double _strength;

    /// <summary>Initializes a new score.</summary>
    /// <param name="source">The source.</param>
    /// <param name="strength">The strength in [0, 1].</param>
    [SetsRequiredMembers]
    public AuthoritySourceScore(AuthoritySource source, double strength)
    {
        Source = source;
        Strength = strength;
    }

    /// <summary>Gets the source.</summary>
    public required AuthoritySource Source { get => _source; init => _source = Preconditions.Defined(value, nameof(Source)); }

    /// <summary>Gets the strength in [0, 1].</summary>
    public required double Strength { get => _strength; init => _strength = Preconditions.UnitInterval(value, nameof(Strength)); }
}
