namespace LeadershipModel.Scoring;

/// <summary>Turns a valid raw answer into a keyed value in [0, 1].</summary>
/// <remarks>
/// The default reverses reverse-keyed items (<c>max + min − x</c>) and scales to [0, 1] with
/// <c>(x − min) / (max − min)</c>. Implementations must be thread-safe and return a value in [0, 1]. The
/// transform also keys imputed values. One that throws or returns NaN or a value outside [0, 1] rejects the set
/// with <see cref="RejectionCodes.PluginFailed"/>, naming it.
/// </remarks>
public interface IItemTransform
{
    /// <summary>Gets the transform's name, used in the options fingerprint and failure reports.</summary>
    string Name { get; }

    /// <summary>Transforms one answer.</summary>
    /// <param name="arguments">The item, the scale and the raw answer.</param>
    /// <returns>The keyed value in [0, 1].</returns>
    double Transform(in ItemTransformArguments arguments);
}
