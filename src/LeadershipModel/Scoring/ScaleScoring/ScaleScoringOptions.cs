using LeadershipModel.Internal;

namespace LeadershipModel.Scoring;

/// <summary>Options of the scale-scoring step.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ScaleScoringOptions
{
    private readonly ScaleScoringMethod _method;

    /// <summary>Gets the built-in scorer; <see cref="ScaleScoringMethod.Mean"/> by default.</summary>
    public ScaleScoringMethod Method { get => _method; init => _method = Preconditions.Defined(value, nameof(Method)); }
}
