namespace LeadershipModel.Analysis.Internal;

/// <summary>Reports figures that could not be computed as absent.</summary>
internal static class Figures
{
    /// <summary>Turns a figure that could not be computed (NaN or infinite) into <see langword="null"/>.</summary>
    public static double? OrNull(double value) => double.IsFinite(value) ? value : null;
}
