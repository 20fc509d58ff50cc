namespace LeadershipModel.Feedback;

/// <summary>One index of one published feedback group: how many raters have it, their mean and standard deviation.</summary>
/// <remarks>
/// <para>In a group that needs anonymity, an index fewer than the threshold of raters have (because the others skipped
/// it) is withheld: <see cref="Mean"/> and <see cref="StandardDeviation"/> are <see langword="null"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record FeedbackIndexStatistics
{
    /// <summary>Gets the index id (see <see cref="LeadershipModel.Norms.IndexIds"/>).</summary>
    public required string IndexId { get; init; }

    /// <summary>Gets the number of raters in the group with a score on the index.</summary>
    public required int Count { get; init; }

    /// <summary>Gets the mean, or <see langword="null"/> when withheld.</summary>
    public double? Mean { get; init; }

    /// <summary>Gets the sample standard deviation (n − 1), or <see langword="null"/> when withheld or fewer than two raters.</summary>
    public double? StandardDeviation { get; init; }

    /// <summary>Gets the percentile rank of <see cref="Mean"/> in the norms of the group's perspective (self norms for
    /// self, observer norms for others), or <see langword="null"/> without such norms.</summary>
    public double? Percentile { get; init; }

    /// <summary>Gets a value indicating whether the figures are withheld to protect anonymity.</summary>
    public bool IsWithheld { get; init; }
}
