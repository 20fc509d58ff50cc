namespace LeadershipModel.Analysis.ContentValidity;

/// <summary>Anderson and Gerbing's (1991) substantive-validity indices of one item, from judges' sorts.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record SubstantiveValidityResult
{
    /// <summary>Gets the item id.</summary>
    public required string ItemId { get; init; }

    /// <summary>Gets the scale the item was written for.</summary>
    public required string IntendedScale { get; init; }

    /// <summary>Gets the number of judges who sorted the item (N).</summary>
    public required int Judges { get; init; }

    /// <summary>Gets the number of judges who assigned it to its intended scale (n<sub>c</sub>).</summary>
    public required int Correct { get; init; }

    /// <summary>Gets the largest number of judges who assigned it to any one other scale (n<sub>o</sub>).</summary>
    public required int HighestOther { get; init; }

    /// <summary>Gets that other scale, or <see langword="null"/> when no judge chose another scale (ties: the first in ordinal order).</summary>
    public string? HighestOtherScale { get; init; }

    /// <summary>Gets the proportion of substantive agreement, p<sub>sa</sub> = n<sub>c</sub> / N, in [0, 1].</summary>
    public double ProportionOfAgreement => (double)Correct / Judges;

    /// <summary>Gets the substantive-validity coefficient, c<sub>sv</sub> = (n<sub>c</sub> − n<sub>o</sub>) / N, in [−1, 1].</summary>
    public double Coefficient => (double)(Correct - HighestOther) / Judges;
}
