using LeadershipModel.Instruments;

namespace LeadershipModel.Analysis.ShortForm;

/// <summary>The items a <see cref="ShortFormSelector"/> kept for one scale, with the figures it chose them by.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ShortFormChoice
{
    /// <summary>Gets the scale (a dimension pole or a power base).</summary>
    public required ItemTarget Target { get; init; }

    /// <summary>Gets the ids of the items kept, in the bank's order.</summary>
    public required EquatableArray<string> ItemIds { get; init; }

    /// <summary>Gets how many distinct content aspects the kept items cover.</summary>
    public required int Coverage { get; init; }

    /// <summary>Gets coefficient alpha (raw) of the kept items in the sample.</summary>
    public required double Alpha { get; init; }

    /// <summary>Gets the number of candidate items the scale had in the bank.</summary>
    public required int Candidates { get; init; }
}
