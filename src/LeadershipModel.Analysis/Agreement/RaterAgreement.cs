using System.Collections.Immutable;
using LeadershipModel.Analysis.Internal;

namespace LeadershipModel.Analysis;

/// <summary>Agreement among the raters of a target: ICC(1) and r_wg (James, Demaree &amp; Wolf, 1984).</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class RaterAgreement
{
    /// <summary>Computes ICC(1) from a one-way ANOVA of scores grouped by target; NaN scores are left out.</summary>
    /// <param name="targets">The target of each rating.</param>
    /// <param name="scores">The score of each rating.</param>
    /// <returns>The ICC(1) and its parts.</returns>
    /// <exception cref="ArgumentException">The lists differ in length.</exception>
    public static IccResult Icc1(IReadOnlyList<string> targets, IReadOnlyList<double> scores)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(scores);
        if (targets.Count != scores.Count)
        {
            throw new ArgumentException("Every score needs its target: the lists differ in length.", nameof(scores));
        }

        var groups = new Dictionary<string, (int N, double Sum)>(StringComparer.Ordinal);
        var n = 0;
        var grand = 0.0;
        for (var i = 0; i < scores.Count; i++)
        {
            if (double.IsNaN(scores[i]))
            {
                continue;
            }

            ArgumentNullException.ThrowIfNull(targets[i], nameof(targets));
            var g = groups.GetValueOrDefault(targets[i]);
            groups[targets[i]] = (g.N + 1, g.Sum + scores[i]);
            n++;
            grand += scores[i];
        }

        var j = groups.Count;
        var mean = grand / n;
        double ssb = 0, ssw = 0, sumSq = 0;
        foreach (var (_, (gn, sum)) in groups)
        {
            var gm = sum / gn;
            ssb += gn * (gm - mean) * (gm - mean);
            sumSq += (double)gn * gn;
        }

        for (var i = 0; i < scores.Count; i++)
        {
            if (!double.IsNaN(scores[i]))
            {
                var (gn, sum) = groups[targets[i]];
                var d = scores[i] - (sum / gn);
                ssw += d * d;
            }
        }

        var msb = ssb / (j - 1);
        var msw = ssw / (n - j);
        var k = j > 1 ? (n - (sumSq / n)) / (j - 1) : double.NaN;
        return new IccResult
        {
            Icc1 = Figures.OrNull((msb - msw) / (msb + ((k - 1) * msw))),
            TargetCount = j,
            RatingCount = n,
            GroupSize = k,
            MeanSquareBetween = Figures.OrNull(msb),
            MeanSquareWithin = Figures.OrNull(msw),
        };
    }

    /// <summary>Computes r_wg = 1 − s² / σ²_EU with the uniform null's expected variance σ²_EU = (A² − 1)/12.</summary>
    /// <param name="ratings">One target's ratings on one item; NaN values are left out.</param>
    /// <param name="optionCount">A, the number of answer options.</param>
    /// <returns>r_wg, or <see langword="null"/> with fewer than two ratings.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="optionCount"/> is less than 2.</exception>
    public static double? Rwg(ReadOnlySpan<double> ratings, int optionCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(optionCount, 2);
        var (_, sd, count) = Descriptive.MeanSd(ratings);
        if (count < 2)
        {
            return null;
        }

        var expected = ((double)optionCount * optionCount - 1) / 12;
        return 1 - (sd * sd / expected);
    }

    /// <summary>Computes r_wg for every target on one item, grouping rows by <see cref="RespondentInfo.TargetId"/>.</summary>
    /// <param name="data">The ratings.</param>
    /// <param name="itemId">The item.</param>
    /// <param name="optionCount">A, the number of answer options.</param>
    /// <returns>One entry per target, in order of first appearance.</returns>
    /// <exception cref="KeyNotFoundException">The item is not in the data.</exception>
    public static EquatableArray<TargetAgreement> RwgByTarget(ResponseMatrix data, string itemId, int optionCount)
    {
        ArgumentNullException.ThrowIfNull(data);
        var column = data.GetItemIndex(itemId);
        ArgumentOutOfRangeException.ThrowIfLessThan(optionCount, 2);
        var byTarget = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var r = 0; r < data.RespondentCount; r++)
        {
            var target = data.Respondents[r].TargetId;
            if (!byTarget.TryGetValue(target, out var list))
            {
                byTarget[target] = list = [];
                order.Add(target);
            }

            list.Add(data[r, column]);
        }

        var result = ImmutableArray.CreateBuilder<TargetAgreement>(order.Count);
        foreach (var target in order)
        {
            var ratings = byTarget[target].ToArray();
            result.Add(new TargetAgreement
            {
                TargetId = target,
                Raters = ratings.Count(x => !double.IsNaN(x)),
                Rwg = Rwg(ratings, optionCount),
            });
        }

        return new EquatableArray<TargetAgreement>(result.ToImmutable());
    }
}
