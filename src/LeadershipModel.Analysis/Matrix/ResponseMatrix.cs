using LeadershipModel.Analysis.Csv;
using LeadershipModel.Analysis.Internal;
using LeadershipModel.Internal;

namespace LeadershipModel.Analysis.Matrix;

/// <summary>
/// Answers of many respondents to the same items, stored densely and row by row, with who answered each row.
/// </summary>
/// <remarks>
/// <para>Columns are items addressed by id; a missing answer reads as <see cref="double.NaN"/>. When every answer is
/// an integer in 0..254 the matrix stores one byte per answer (255 marks a missing one), otherwise one
/// <see cref="double"/> per answer; <see cref="IsCompact"/> tells which. Rows are contiguous, so scale scores and
/// cross-products can stream through them.</para>
/// <para>Build a matrix with <see cref="CreateBuilder"/>, <see cref="FromArray"/>, <see cref="FromRows"/>, or read one
/// from a CSV file with <see cref="ResponseMatrixCsvReader"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed partial class ResponseMatrix
{
    /// <summary>The byte that marks a missing answer in compact storage.</summary>
    internal const byte MissingByte = 255;

    private readonly byte[]? _bytes;
    private readonly double[]? _doubles;
    private readonly Dictionary<string, int> _itemIndex;
    private readonly IReadOnlyList<RespondentInfo> _respondents;

    internal ResponseMatrix(
        EquatableArray<string> itemIds,
        EquatableArray<string> groupingColumns,
        IReadOnlyList<RespondentInfo> respondents,
        byte[]? bytes,
        double[]? doubles)
    {
        ItemIds = itemIds;
        GroupingColumns = groupingColumns;
        _respondents = respondents;
        _bytes = bytes;
        _doubles = doubles;
        _itemIndex = new Dictionary<string, int>(itemIds.Count, StringComparer.Ordinal);
        for (var i = 0; i < itemIds.Count; i++)
        {
            _itemIndex.Add(itemIds[i], i);
        }
    }

    /// <summary>Gets the number of rows (respondents, or ratings in 360 data).</summary>
    public int RespondentCount => _respondents.Count;

    /// <summary>Gets the number of item columns.</summary>
    public int ItemCount => ItemIds.Count;

    /// <summary>Gets the item ids, in column order.</summary>
    public EquatableArray<string> ItemIds { get; }

    /// <summary>Gets the names of the grouping columns kept as strings for every row.</summary>
    public EquatableArray<string> GroupingColumns { get; }

    /// <summary>Gets a value indicating whether answers are stored one byte each (all integers in 0..254).</summary>
    public bool IsCompact => _bytes is not null;

    /// <summary>Gets the row metadata, in row order.</summary>
    public IReadOnlyList<RespondentInfo> Respondents => _respondents;

    /// <summary>Gets one answer.</summary>
    /// <param name="respondent">The zero-based row.</param>
    /// <param name="item">The zero-based item column.</param>
    /// <returns>The answer, or <see cref="double.NaN"/> when it is missing.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    public double this[int respondent, int item]
    {
        get
        {
            CheckRow(respondent);
            ArgumentOutOfRangeException.ThrowIfNegative(item);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(item, ItemCount);
            var at = ((long)respondent * ItemCount) + item;
            if (_bytes is not null)
            {
                var b = _bytes[at];
                return b == MissingByte ? double.NaN : b;
            }

            return _doubles![at];
        }
    }

    /// <summary>Gets one answer by item id.</summary>
    /// <param name="respondent">The zero-based row.</param>
    /// <param name="itemId">The item id.</param>
    /// <returns>The answer, or <see cref="double.NaN"/> when it is missing.</returns>
    /// <exception cref="KeyNotFoundException">No item has that id.</exception>
    public double GetValue(int respondent, string itemId) => this[respondent, GetItemIndex(itemId)];

    /// <summary>Gets the column of an item.</summary>
    /// <param name="itemId">The item id (case-sensitive).</param>
    /// <returns>The zero-based column.</returns>
    /// <exception cref="KeyNotFoundException">No item has that id.</exception>
    public int GetItemIndex(string itemId)
    {
        ArgumentNullException.ThrowIfNull(itemId);
        return _itemIndex.TryGetValue(itemId, out var index)
            ? index
            : throw new KeyNotFoundException($"The data have no item '{itemId}'.");
    }

    /// <summary>Looks up the column of an item.</summary>
    /// <param name="itemId">The item id (case-sensitive).</param>
    /// <param name="index">The zero-based column when found.</param>
    /// <returns><see langword="true"/> when the item exists.</returns>
    public bool TryGetItemIndex(string itemId, out int index)
    {
        ArgumentNullException.ThrowIfNull(itemId);
        return _itemIndex.TryGetValue(itemId, out index);
    }

    /// <summary>Copies one row's answers into <paramref name="destination"/>, missing answers as <see cref="double.NaN"/>.</summary>
    /// <param name="respondent">The zero-based row.</param>
    /// <param name="destination">A span of at least <see cref="ItemCount"/> elements.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too short.</exception>
    public void CopyRow(int respondent, Span<double> destination)
    {
        CheckRow(respondent);
        if (destination.Length < ItemCount)
        {
            throw new ArgumentException($"The destination must hold at least {ItemCount} values.", nameof(destination));
        }

        if (_bytes is not null)
        {
            var row = GetByteRow(respondent);
            for (var i = 0; i < row.Length; i++)
            {
                destination[i] = row[i] == MissingByte ? double.NaN : row[i];
            }
        }
        else
        {
            GetDoubleRow(respondent).CopyTo(destination);
        }
    }

    /// <summary>Creates a matrix from a two-dimensional array (rows are respondents), NaN marking missing answers.</summary>
    /// <param name="values">The answers.</param>
    /// <param name="itemIds">The item ids; defaults to <c>V1</c>, <c>V2</c>, … as in R.</param>
    /// <returns>The matrix; respondents are numbered 1, 2, ….</returns>
    /// <exception cref="ArgumentException">An answer is infinite, or the ids do not match the columns.</exception>
    public static ResponseMatrix FromArray(double[,] values, IEnumerable<string>? itemIds = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        var rows = values.GetLength(0);
        var cols = values.GetLength(1);
        var builder = CreateBuilder(itemIds ?? DefaultIds(cols));
        var row = new double[cols];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                row[c] = values[r, c];
            }

            builder.AddRow(row);
        }

        return builder.Build();
    }

    /// <summary>Creates a matrix from rows of answers, NaN marking missing answers.</summary>
    /// <param name="rows">The rows; each must have one value per item.</param>
    /// <param name="itemIds">The item ids; defaults to <c>V1</c>, <c>V2</c>, … as in R.</param>
    /// <returns>The matrix; respondents are numbered 1, 2, ….</returns>
    /// <exception cref="ArgumentException">A row has the wrong length or an infinite answer.</exception>
    public static ResponseMatrix FromRows(IReadOnlyList<double[]> rows, IEnumerable<string>? itemIds = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var cols = rows.Count > 0 ? Preconditions.NotNull(rows[0], "rows[0]").Length : 0;
        var builder = CreateBuilder(itemIds ?? DefaultIds(cols));
        foreach (var row in rows)
        {
            builder.AddRow(Preconditions.NotNull(row, nameof(row)));
        }

        return builder.Build();
    }

    /// <summary>Creates a single-use builder for a matrix with the given items and grouping columns.</summary>
    /// <param name="itemIds">The item ids, unique and not blank.</param>
    /// <param name="groupingColumns">Names of grouping columns kept as strings, or <see langword="null"/> for none.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">An id is blank or repeated.</exception>
    public static ResponseMatrixBuilder CreateBuilder(IEnumerable<string> itemIds, IEnumerable<string>? groupingColumns = null)
        => new(itemIds, groupingColumns);

    /// <summary>Gets one row of compact storage (255 = missing).</summary>
    internal ReadOnlySpan<byte> GetByteRow(int respondent)
        => _bytes.AsSpan(checked(respondent * ItemCount), ItemCount);

    /// <summary>Gets one row of double storage (NaN = missing).</summary>
    internal ReadOnlySpan<double> GetDoubleRow(int respondent)
        => _doubles.AsSpan(checked(respondent * ItemCount), ItemCount);

    /// <summary>Gets the whole compact buffer, row-major, or an empty span when storage is double.</summary>
    internal ReadOnlySpan<byte> RawBytes => _bytes;

    /// <summary>Gets the whole compact buffer as memory, for work spread over threads (empty when storage is double).</summary>
    internal ReadOnlyMemory<byte> BytesMemory => _bytes;

    private static IEnumerable<string> DefaultIds(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            yield return FormattableString.Invariant($"V{i}");
        }
    }

    private void CheckRow(int respondent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(respondent);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(respondent, RespondentCount);
    }
}
