using System.Diagnostics.CodeAnalysis;
using LeadershipModel.Instruments;

namespace LeadershipModel.Responses;

/// <summary>The answer to one item; <see cref="Value"/> is <see langword="null"/> when the item was skipped.</summary>
/// <remarks>This type is immutable and thread-safe. Whether the value is allowed is decided by the scoring
/// engine against the instrument's scale, so that a bad answer is reported rather than thrown.</remarks>
public sealed record Answer
{
    private readonly string _itemId = string.Empty;

    /// <summary>Initializes a new answer.</summary>
    /// <param name="itemId">The item id.</param>
    /// <param name="value">The raw answer, or <see langword="null"/> when skipped.</param>
    [SetsRequiredMembers]
    public Answer(string itemId, double? value)
    {
        ItemId = itemId;
        Value = value;
    }

    /// <summary>Gets the item id.</summary>
    public required string ItemId { get => _itemId; init => _itemId = Internal.Preconditions.NotBlank(value, nameof(ItemId)); }

    /// <summary>Gets the raw answer on the instrument's scale, or <see langword="null"/> when the item was skipped.</summary>
    public double? Value { get; init; }
}
