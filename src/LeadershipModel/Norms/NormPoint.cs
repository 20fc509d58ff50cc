using System.Diagnostics.CodeAnalysis;
using LeadershipModel.Internal;

namespace LeadershipModel.Norms;

/// <summary>One point of a norm distribution: a score and the percentile rank it has in the norm sample.</summary>
/// <remarks>This type is immutable and thread-safe. Its checks run in the <c>init</c> accessors.</remarks>
public sealed record NormPoint
{
    private readonly double _score;
    private readonly double _percentile;

    /// <summary>Initializes a new point.</summary>
    /// <param name="score">The score.</param>
    /// <param name="percentile">Its percentile rank in [0, 100].</param>
    [SetsRequiredMembers]
    public NormPoint(double score, double percentile)
    {
        Score = score;
        Percentile = percentile;
    }

    /// <summary>Gets the score.</summary>
    public required double Score { get => _score; init => _score = Preconditions.Finite(value, nameof(Score)); }

    /// <summary>Gets the percentile rank in [0, 100].</summary>
    public required double Percentile { get => _percentile; init => _percentile = Preconditions.InRange(value, 0, 100, nameof(Percentile)); }
}
