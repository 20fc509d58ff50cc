namespace LeadershipModel.Feedback;

/// <summary>A published group of raters of one target, with figures per index.</summary>
/// <remarks>
/// <para>The group says how many raters it holds but never which, nor (for <see cref="FeedbackGroupKind.CombinedOthers"/>)
/// their roles.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record FeedbackGroup
{
    /// <summary>Gets what the group holds.</summary>
    public required FeedbackGroupKind Kind { get; init; }

    /// <summary>Gets the number of raters in the group.</summary>
    public required int RaterCount { get; init; }

    /// <summary>Gets the figures per index: overall, per dimension (M, L, orientation, integration), power bases, authority sources and the follower-conferred share.</summary>
    public required EquatableArray<FeedbackIndexStatistics> Indices { get; init; }

    /// <summary>Gets the figures of an index, or <see langword="null"/> when no rater in the group has it.</summary>
    /// <param name="indexId">The index id.</param>
    /// <returns>The figures.</returns>
    public FeedbackIndexStatistics? Get(string indexId)
    {
        ArgumentNullException.ThrowIfNull(indexId);
        foreach (var s in Indices)
        {
            if (s.IndexId == indexId)
            {
                return s;
            }
        }

        return null;
    }
}
