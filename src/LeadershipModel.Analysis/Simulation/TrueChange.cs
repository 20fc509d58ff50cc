using System.Diagnostics.CodeAnalysis;

namespace LeadershipModel.Analysis.Simulation;

/// <summary>A planted change of a latent score between simulated waves: the known truth a change analysis should find.</summary>
/// <remarks>
/// <para><see cref="IndexId"/> names the latent score as norm tables name the index it drives:
/// <c>{dimension}/management</c> or <c>{dimension}/leadership</c> (one pole), <c>management</c> or
/// <c>leadership</c> (that pole of every dimension), <c>base/{base}</c> or <c>construct/{id}</c>. A dimension's
/// orientation follows its poles. <see cref="Delta"/> is in latent units (population standard deviations by default)
/// and is added once per wave after the first.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record TrueChange
{
    private readonly string _indexId = "";
    private readonly double _delta;

    /// <summary>Initializes a planted change.</summary>
    /// <param name="indexId">The index whose latent score changes.</param>
    /// <param name="delta">The change in latent units; finite.</param>
    [SetsRequiredMembers]
    public TrueChange(string indexId, double delta)
    {
        IndexId = indexId;
        Delta = delta;
    }

    /// <summary>Gets the index id.</summary>
    /// <exception cref="ArgumentException">The value is blank.</exception>
    public required string IndexId { get => _indexId; init => _indexId = LeadershipModel.Internal.Preconditions.NotBlank(value, nameof(IndexId)); }

    /// <summary>Gets the change in latent units per wave.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite.</exception>
    public required double Delta
    {
        get => _delta;
        init => _delta = double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(Delta), value, "The change must be finite.");
    }
}
