using System.Diagnostics.CodeAnalysis;
using LeadershipModel.Internal;

namespace LeadershipModel.Scoring;

/// <summary>The raw mean and median of one item in a reference sample, for imputation.</summary>
/// <remarks>This type is immutable and thread-safe. Its checks run in the <c>init</c> accessors.</remarks>
public sealed record ItemStatistic
{
    private readonly string _itemId = string.Empty;
    private readonly double _mean;
    private readonly double _median;

    /// <summary>Initializes a new value.</summary>
    /// <param name="itemId">The item id.</param>
    /// <param name="mean">The raw mean of the item's answers.</param>
    /// <param name="median">The raw median of the item's answers.</param>
    [SetsRequiredMembers]
    public ItemStatistic(string itemId, double mean, double median)
    {
        ItemId = itemId;
        Mean = mean;
        Median = median;
    }

    /// <summary>Gets the item id.</summary>
    public required string ItemId { get => _itemId; init => _itemId = Preconditions.NotBlank(value, nameof(ItemId)); }

    /// <summary>Gets the raw mean.</summary>
    public required double Mean { get => _mean; init => _mean = Preconditions.Finite(value, nameof(Mean)); }

    /// <summary>Gets the raw median.</summary>
    public required double Median { get => _median; init => _median = Preconditions.Finite(value, nameof(Median)); }
}
