namespace LeadershipModel.Scoring;

/// <summary>What an <see cref="IProfileClassifier"/> sees.</summary>
public readonly struct ClassificationArguments
{
    internal ClassificationArguments(OverallIndices overall, EquatableArray<DimensionScore> dimensions, AuthorityProfile? authority, double threshold)
    {
        Overall = overall;
        Dimensions = dimensions;
        Authority = authority;
        Threshold = threshold;
    }

    /// <summary>Gets the overall indices (without a profile type yet).</summary>
    public OverallIndices Overall { get; }

    /// <summary>Gets the dimension results.</summary>
    public EquatableArray<DimensionScore> Dimensions { get; }

    /// <summary>Gets the authority profile, if measured.</summary>
    public AuthorityProfile? Authority { get; }

    /// <summary>Gets the threshold in force.</summary>
    public double Threshold { get; }
}
