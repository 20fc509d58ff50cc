using LeadershipModel.Internal;

namespace LeadershipModel.Scoring;

/// <summary>Options of the missing-data step.</summary>
/// <remarks>
/// <para>A scale is scored only when at least <see cref="MinimumAnsweredShare"/> of its items are answered
/// (50% by default); otherwise it has no score and the profile says so. A scored scale either uses the answered
/// items only (prorating, the default) or fills the others from <see cref="ItemStatistics"/>; there is never
/// silent midpoint filling.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record MissingDataOptions
{
    private readonly double _minimumAnsweredShare = 0.5;
    private readonly ImputationMethod _imputation;

    /// <summary>Gets the smallest share of a scale's items that must be answered, in (0, 1]; 0.5 by default.</summary>
    public double MinimumAnsweredShare
    {
        get => _minimumAnsweredShare;
        init => _minimumAnsweredShare = value is > 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MinimumAnsweredShare), value, "The minimum answered share must lie in (0, 1].");
    }

    /// <summary>Gets how unanswered items of a scored scale are filled; <see cref="ImputationMethod.None"/> by default.</summary>
    public ImputationMethod Imputation { get => _imputation; init => _imputation = Preconditions.Defined(value, nameof(Imputation)); }

    /// <summary>Gets the item statistics from a reference sample that imputation needs; <c>Build()</c> fails without them.</summary>
    public EquatableArray<ItemStatistic> ItemStatistics { get; init; }
}
