using System.Diagnostics.CodeAnalysis;
using LeadershipModel.Internal;

namespace LeadershipModel.Consent;

/// <summary>The follower-conferred bases one follower grants, each in [0, 1]. They count only while the follower consents.</summary>
/// <remarks>This type is immutable and thread-safe. Its checks run in the <c>init</c> accessors.</remarks>
public sealed record ConsentGrant
{
    private readonly double _expert;
    private readonly double _informational;
    private readonly double _referent;

    /// <summary>Initializes a new grant.</summary>
    /// <param name="expert">Expert power in [0, 1].</param>
    /// <param name="informational">Informational power in [0, 1].</param>
    /// <param name="referent">Referent power in [0, 1].</param>
    [SetsRequiredMembers]
    public ConsentGrant(double expert, double informational, double referent)
    {
        Expert = expert;
        Informational = informational;
        Referent = referent;
    }

    /// <summary>Gets expert power in [0, 1].</summary>
    public required double Expert { get => _expert; init => _expert = Preconditions.UnitInterval(value, nameof(Expert)); }

    /// <summary>Gets informational power in [0, 1].</summary>
    public required double Informational { get => _informational; init => _informational = Preconditions.UnitInterval(value, nameof(Informational)); }

    /// <summary>Gets referent power in [0, 1].</summary>
    public required double Referent { get => _referent; init => _referent = Preconditions.UnitInterval(value, nameof(Referent)); }

    /// <summary>Gets the mean of the three bases: how much the follower grants overall.</summary>
    public double Mean => (Expert + Informational + Referent) / 3;
}
