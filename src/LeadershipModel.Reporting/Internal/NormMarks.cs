using LeadershipModel.Norms;
using LeadershipModel.Scoring;

namespace LeadershipModel.Reporting.Internal;

/// <summary>The percentile and T-score printed beside a score when the profile was normed: <c>0.62 (P71, T56)</c>.</summary>
internal static class NormMarks
{
    /// <summary>The formatted score, followed by its percentile and T-score when the profile has norms for the index.</summary>
    public static string With(LeadershipProfile profile, string indexId, string formatted, NumberFormat n)
        => profile.Norms.Count > 0 && formatted != NumberFormat.Missing && profile.GetNorm(indexId) is { } norm
            ? formatted + " (P" + Math.Round(norm.Percentile, MidpointRounding.AwayFromZero).ToString("0", n.Culture) + ", T" + Math.Round(norm.TScore, MidpointRounding.AwayFromZero).ToString("0", n.Culture) + ")"
            : formatted;

    /// <summary>The dimension pole's score with its norms.</summary>
    public static string Pole(LeadershipProfile profile, string dimensionId, string pole, double value, NumberFormat n)
        => With(profile, IndexIds.ForDimension(dimensionId, pole), n.Value(value), n);

    /// <summary>A line that explains the marks, or null when the profile has no norms.</summary>
    public static string? Legend(LeadershipProfile profile)
        => profile.Norms.Count > 0 ? "Norms: each normed score is followed by its percentile P and normalised T-score (mean 50, SD 10) in the norm sample; the appendix lists them all." : null;
}
