using LeadershipModel.Responses;

namespace LeadershipModel.Scoring;

/// <summary>
/// The scored result of one response set: per dimension M, L, orientation, integration and quadrant; overall
/// indices; the authority profile; host-defined constructs; norms; diagnostics; and provenance.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record LeadershipProfile
{
    /// <summary>Gets the id of the person who answered.</summary>
    public required string RespondentId { get; init; }

    /// <summary>Gets the id of the person rated (the respondent for a self-assessment).</summary>
    public required string TargetId { get; init; }

    /// <summary>Gets the rater's role.</summary>
    public required RaterRole Role { get; init; }

    /// <summary>Gets the dimension results, in the instrument's dimension order.</summary>
    public required EquatableArray<DimensionScore> Dimensions { get; init; }

    /// <summary>Gets the overall indices.</summary>
    public required OverallIndices Overall { get; init; }

    /// <summary>Gets the authority profile, or <see langword="null"/> when the instrument measures no power base or none could be scored.</summary>
    public AuthorityProfile? Authority { get; init; }

    /// <summary>Gets the scores of host-defined constructs.</summary>
    public EquatableArray<ScaleScore> Constructs { get; init; }

    /// <summary>Gets every scale's score, in order of the scale's first item.</summary>
    public required EquatableArray<ScaleScore> Scales { get; init; }

    /// <summary>Gets the indices compared with norms, when a norms step is configured.</summary>
    public EquatableArray<NormScore> Norms { get; init; }

    /// <summary>Gets what the engine noticed while scoring.</summary>
    public required ProfileDiagnostics Diagnostics { get; init; }

    /// <summary>Gets the host-specific results enrichers added.</summary>
    public ProfileExtensions Extensions { get; init; } = ProfileExtensions.Empty;

    /// <summary>Gets where the profile came from.</summary>
    public required Provenance Provenance { get; init; }

    /// <summary>Gets the result of a dimension, or <see langword="null"/> when the instrument does not measure it.</summary>
    /// <param name="dimensionId">The dimension id.</param>
    /// <returns>The result.</returns>
    public DimensionScore? GetDimension(string dimensionId)
    {
        foreach (var d in Dimensions)
        {
            if (d.DimensionId == dimensionId)
            {
                return d;
            }
        }

        return null;
    }

    /// <summary>Gets the norm comparison of an index, or <see langword="null"/>.</summary>
    /// <param name="indexId">The index id (see <see cref="LeadershipModel.Norms.IndexIds"/>).</param>
    /// <returns>The comparison.</returns>
    public NormScore? GetNorm(string indexId)
    {
        foreach (var n in Norms)
        {
            if (n.IndexId == indexId)
            {
                return n;
            }
        }

        return null;
    }
}
