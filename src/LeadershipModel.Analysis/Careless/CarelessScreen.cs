using System.Collections.Immutable;
using LeadershipModel.Analysis.Matrix;

namespace LeadershipModel.Analysis.Careless;

/// <summary>Screens every respondent of a data set for careless responding (long strings, low variability).</summary>
/// <remarks>
/// The per-respondent indices are <see cref="CarelessResponse.LongestRun"/> and
/// <see cref="CarelessResponse.IntraIndividualVariability"/> of the core package, which the scoring engine uses too.
/// This type is stateless and thread-safe.
/// </remarks>
public static class CarelessScreen
{
    /// <summary>Computes the indices and flags of every row, over all items in column order.</summary>
    /// <param name="data">The answers.</param>
    /// <param name="options">The thresholds, or <see langword="null"/> for the defaults.</param>
    /// <returns>One entry per row, in row order.</returns>
    public static EquatableArray<CarelessIndices> Screen(ResponseMatrix data, CarelessScreenOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= CarelessScreenOptions.Default;
        var threshold = options.LongStringThreshold ?? Math.Max(2, (data.ItemCount + 1) / 2);
        var row = new double[data.ItemCount];
        var result = ImmutableArray.CreateBuilder<CarelessIndices>(data.RespondentCount);
        for (var r = 0; r < data.RespondentCount; r++)
        {
            data.CopyRow(r, row);
            var answered = 0;
            foreach (var x in row)
            {
                answered += double.IsNaN(x) ? 0 : 1;
            }

            var run = CarelessResponse.LongestRun(row);
            var irv = CarelessResponse.IntraIndividualVariability(row);
            result.Add(new CarelessIndices
            {
                Row = r,
                RespondentId = data.Respondents[r].RespondentId,
                Answered = answered,
                LongestRun = run,
                Variability = double.IsNaN(irv) ? null : irv,
                LongString = run >= threshold,
                LowVariability = !double.IsNaN(irv) && irv <= options.LowVariabilityThreshold,
            });
        }

        return new EquatableArray<CarelessIndices>(result.ToImmutable());
    }
}
