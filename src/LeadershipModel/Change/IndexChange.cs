namespace LeadershipModel.Change;

/// <summary>The reliable change of one index of one person (Jacobson &amp; Truax 1991).</summary>
/// <remarks>
/// <para><c>SEM = SD_pre·√(1 − r)</c>, <c>S_diff = √2·SEM</c>, <c>RCI = (post − pre)/S_diff</c>. When the index has
/// no reliability, or the person lacks one of the two scores, <see cref="StandardErrorOfMeasurement"/>,
/// <see cref="StandardErrorOfDifference"/>, <see cref="Rci"/> and <see cref="Category"/> are <see langword="null"/>
/// and <see cref="Reason"/> says why.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record IndexChange
{
    /// <summary>Gets the index id, as norm tables name it (see <see cref="Norms.IndexIds"/>).</summary>
    public required string IndexId { get; init; }

    /// <summary>Gets the score at the first administration, or <see langword="null"/>.</summary>
    public double? Pre { get; init; }

    /// <summary>Gets the score at the second administration, or <see langword="null"/>.</summary>
    public double? Post { get; init; }

    /// <summary>Gets <c>post − pre</c>, or <see langword="null"/> without both scores.</summary>
    public double? Difference { get; init; }

    /// <summary>Gets the standard deviation used for the SEM: the matched people's pre scores (n − 1), or the norm table's.</summary>
    public double? StandardDeviationPre { get; init; }

    /// <summary>Gets the reliability of the index, or <see langword="null"/> when none is known.</summary>
    public double? Reliability { get; init; }

    /// <summary>Gets the standard error of measurement <c>SD_pre·√(1 − r)</c>.</summary>
    public double? StandardErrorOfMeasurement { get; init; }

    /// <summary>Gets the standard error of the difference <c>√2·SEM</c>.</summary>
    public double? StandardErrorOfDifference { get; init; }

    /// <summary>Gets the reliable change index <c>(post − pre)/S_diff</c>.</summary>
    public double? Rci { get; init; }

    /// <summary>Gets the category at |RCI| &gt; z.</summary>
    public ChangeCategory? Category { get; init; }

    /// <summary>Gets why the RCI is missing, or <see langword="null"/> when it was computed.</summary>
    public string? Reason { get; init; }
}
