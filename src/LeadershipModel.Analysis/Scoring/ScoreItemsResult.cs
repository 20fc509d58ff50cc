using LeadershipModel.Analysis.Internal;
using LeadershipModel.Scoring;

namespace LeadershipModel.Analysis.Scoring;

/// <summary>Scale scores for every respondent and the figures of every scale, as psych's <c>scoreItems()</c>.</summary>
/// <remarks>
/// <para>Scores of compact (byte) data scored without imputation are computed when asked, from the matrix, rather than
/// stored (1,000,000 respondents × 38 scales would otherwise hold 300 MB of doubles); the values are the same. Use
/// <see cref="ScaleScoring.ScoreInto"/> to write every score into a buffer at once.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ScoreItemsResult
{
    private readonly double[]? _scores;
    private readonly CompactScoreSource? _source;

    internal ScoreItemsResult(EquatableArray<ScaleStatistics> scales, double[] scores, int respondents, ImputationMethod impute, double min, double max)
        : this(scales, respondents, impute, min, max)
    {
        _scores = scores;
    }

    internal ScoreItemsResult(EquatableArray<ScaleStatistics> scales, CompactScoreSource source, int respondents, ImputationMethod impute, double min, double max)
        : this(scales, respondents, impute, min, max)
    {
        _source = source;
    }

    private ScoreItemsResult(EquatableArray<ScaleStatistics> scales, int respondents, ImputationMethod impute, double min, double max)
    {
        Scales = scales;
        RespondentCount = respondents;
        Impute = impute;
        ReverseMin = min;
        ReverseMax = max;
    }

    /// <summary>Gets the figures of each scale, in the order the keys were given.</summary>
    public EquatableArray<ScaleStatistics> Scales { get; }

    /// <summary>Gets the number of respondents (rows) scored.</summary>
    public int RespondentCount { get; }

    /// <summary>Gets how missing answers were treated.</summary>
    public ImputationMethod Impute { get; }

    /// <summary>Gets the smallest answer used to reverse items.</summary>
    public double ReverseMin { get; }

    /// <summary>Gets the largest answer used to reverse items.</summary>
    public double ReverseMax { get; }

    /// <summary>Gets one respondent's score on one scale.</summary>
    /// <param name="respondent">The zero-based row.</param>
    /// <param name="scale">The zero-based scale, in key order.</param>
    /// <returns>The score, or <see langword="null"/> when the respondent answered none of the scale's items (impute none).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    public double? GetScore(int respondent, int scale)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(respondent);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(respondent, RespondentCount);
        ArgumentOutOfRangeException.ThrowIfNegative(scale);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(scale, Scales.Count);
        var v = _scores is not null ? _scores[((long)respondent * Scales.Count) + scale] : _source!.Score(respondent, scale);
        return double.IsNaN(v) ? null : v;
    }

    /// <summary>Gets every respondent's score on one scale, in row order.</summary>
    /// <param name="scaleName">The scale name.</param>
    /// <returns>The scores; <see langword="null"/> where a respondent answered none of the items.</returns>
    /// <exception cref="KeyNotFoundException">No scale has that name.</exception>
    public double?[] GetScaleScores(string scaleName)
    {
        ArgumentNullException.ThrowIfNull(scaleName);
        for (var s = 0; s < Scales.Count; s++)
        {
            if (Scales[s].Scale.Name == scaleName)
            {
                var result = new double?[RespondentCount];
                for (var r = 0; r < RespondentCount; r++)
                {
                    result[r] = GetScore(r, s);
                }

                return result;
            }
        }

        throw new KeyNotFoundException($"No scale is named '{scaleName}'.");
    }
}
