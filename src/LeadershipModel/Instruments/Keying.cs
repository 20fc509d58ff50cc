namespace LeadershipModel.Instruments;

/// <summary>How an item's answer relates to its target.</summary>
public enum Keying
{
    /// <summary>A higher answer means more of the target.</summary>
    Positive,

    /// <summary>A higher answer means less of the target; the answer is keyed as <c>max + min − x</c>.</summary>
    Reverse,
}
