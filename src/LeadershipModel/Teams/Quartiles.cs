namespace LeadershipModel.Teams;

/// <summary>The first quartile, median and third quartile of a distribution, as R's <c>quantile(type = 7)</c>.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Quartiles
{
    /// <summary>Gets the first quartile.</summary>
    public required double Q1 { get; init; }

    /// <summary>Gets the median.</summary>
    public required double Median { get; init; }

    /// <summary>Gets the third quartile.</summary>
    public required double Q3 { get; init; }
}
