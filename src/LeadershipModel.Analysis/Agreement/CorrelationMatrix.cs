using LeadershipModel.Analysis.Internal;
using LeadershipModel.Analysis.Matrix;

namespace LeadershipModel.Analysis.Agreement;

/// <summary>
/// Pearson correlations of every pair of columns over the rows where both are present, with each pair's n: R's
/// <c>cor(x, use = "pairwise.complete.obs")</c> and <c>psych::pairwiseCount(x)</c>.
/// </summary>
/// <remarks>
/// <para>Each entry uses that pair's own means and standard deviations. A pair with fewer than two rows, or a column
/// without variance on them, has no correlation (<see langword="null"/>); the diagonal is 1 where the column varies.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record CorrelationMatrix
{
    private CorrelationMatrix(EquatableArray<string> columns, EquatableArray<double?> correlations, EquatableArray<int> counts)
    {
        Columns = columns;
        Correlations = correlations;
        PairCounts = counts;
    }

    /// <summary>Gets the column names, in order.</summary>
    public EquatableArray<string> Columns { get; }

    /// <summary>Gets the correlations, row by row (<c>k × k</c>).</summary>
    public EquatableArray<double?> Correlations { get; }

    /// <summary>Gets the number of rows where both columns are present, row by row (<c>k × k</c>).</summary>
    public EquatableArray<int> PairCounts { get; }

    /// <summary>Gets the correlation of two columns.</summary>
    /// <param name="row">The first column's index.</param>
    /// <param name="column">The second column's index.</param>
    /// <returns>The correlation, or <see langword="null"/>.</returns>
    public double? this[int row, int column] => Correlations[Index(row, column)];

    /// <summary>Gets the number of rows where both columns are present.</summary>
    /// <param name="row">The first column's index.</param>
    /// <param name="column">The second column's index.</param>
    /// <returns>The pairwise n.</returns>
    public int PairCount(int row, int column) => PairCounts[Index(row, column)];

    /// <summary>Computes the pairwise correlation matrix of some or all items of a response matrix.</summary>
    /// <param name="data">The data; NaN is missing.</param>
    /// <param name="itemIds">The items, or <see langword="null"/> for all of them.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="KeyNotFoundException">An item is not in the data.</exception>
    public static CorrelationMatrix FromItems(ResponseMatrix data, IReadOnlyList<string>? itemIds = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var ids = itemIds ?? data.ItemIds;
        var columns = ids.Select(id =>
        {
            var c = data.GetItemIndex(id);
            var values = new double[data.RespondentCount];
            for (var r = 0; r < values.Length; r++)
            {
                values[r] = data[r, c];
            }

            return values;
        }).ToArray();
        return Compute(ids, columns);
    }

    /// <summary>Computes the pairwise correlation matrix of columns of equal length.</summary>
    /// <param name="names">The column names.</param>
    /// <param name="columns">The columns; NaN is missing.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentException">The names and columns differ in number, or the columns in length.</exception>
    public static CorrelationMatrix Compute(IReadOnlyList<string> names, IReadOnlyList<double[]> columns)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(columns);
        if (names.Count != columns.Count || columns.Any(c => c is null || c.Length != columns[0].Length))
        {
            throw new ArgumentException("Every column needs a name, and all columns the same length.", nameof(columns));
        }

        var k = columns.Count;
        var r = new double?[k * k];
        var n = new int[k * k];
        for (var i = 0; i < k; i++)
        {
            for (var j = i; j < k; j++)
            {
                var count = 0;
                for (var row = 0; row < columns[i].Length; row++)
                {
                    count += !double.IsNaN(columns[i][row]) && !double.IsNaN(columns[j][row]) ? 1 : 0;
                }

                var value = Figures.OrNull(Descriptive.PairwiseCorrelation(columns[i], columns[j]));
                r[(i * k) + j] = r[(j * k) + i] = value;
                n[(i * k) + j] = n[(j * k) + i] = count;
            }
        }

        return new CorrelationMatrix(names.ToEquatableArray(), EquatableArray.Create(r), EquatableArray.Create(n));
    }

    private int Index(int row, int column)
    {
        var k = Columns.Count;
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, k);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, k);
        return (row * k) + column;
    }
}
