using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using LeadershipModel.Analysis.Internal;

namespace LeadershipModel.Analysis.Matrix;

/// <summary>Collects rows of answers for a <see cref="ResponseMatrix"/>.</summary>
/// <remarks>
/// <para>Answers are stored one byte each while every answer is an integer in 0..254, and switch to doubles at the
/// first answer that is not. The builder is single-use: adding a row after <see cref="Build"/> throws.</para>
/// <para>This type is not thread-safe.</para>
/// </remarks>
public sealed class ResponseMatrixBuilder
{
    private readonly EquatableArray<string> _itemIds;
    private readonly EquatableArray<string> _groupingColumns;
    private readonly ImmutableArray<RespondentInfo>.Builder _respondents = ImmutableArray.CreateBuilder<RespondentInfo>();
    private byte[]? _bytes = [];
    private double[]? _doubles;
    private long _length;
    private bool _built;

    internal ResponseMatrixBuilder(IEnumerable<string> itemIds, IEnumerable<string>? groupingColumns)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        _itemIds = CheckNames(itemIds, nameof(itemIds));
        _groupingColumns = CheckNames(groupingColumns ?? [], nameof(groupingColumns));
    }

    /// <summary>Gets the number of rows added so far.</summary>
    public int Count => _respondents.Count;

    /// <summary>Adds a row whose respondent is numbered by its position (1, 2, …), a self-rating with no grouping values.</summary>
    /// <param name="values">One answer per item, NaN for a missing one.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The row has the wrong length or an infinite answer.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its matrix.</exception>
    public ResponseMatrixBuilder AddRow(ReadOnlySpan<double> values)
        => AddRow(new RespondentInfo { RespondentId = (Count + 1).ToString(CultureInfo.InvariantCulture) }, values);

    /// <summary>Adds a row with its metadata.</summary>
    /// <param name="respondent">Who answered; its <see cref="RespondentInfo.Groups"/> must be empty or hold one value per grouping column.</param>
    /// <param name="values">One answer per item, NaN for a missing one.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The row has the wrong length, an infinite answer, or the wrong number of grouping values.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its matrix.</exception>
    public ResponseMatrixBuilder AddRow(RespondentInfo respondent, ReadOnlySpan<double> values)
    {
        ArgumentNullException.ThrowIfNull(respondent);
        if (_built)
        {
            throw new InvalidOperationException("This builder has already built its matrix; create a new builder.");
        }

        var k = _itemIds.Count;
        if (values.Length != k)
        {
            throw new ArgumentException($"A row must hold {k} answers, one per item; this one holds {values.Length}.", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (double.IsInfinity(values[i]))
            {
                throw new ArgumentException($"The answer to item '{_itemIds[i]}' is infinite.", nameof(values));
            }
        }

        var groups = respondent.Groups;
        if (groups.Count == 0 && _groupingColumns.Count > 0)
        {
            respondent = respondent with { Groups = new EquatableArray<string?>(new string?[_groupingColumns.Count]) };
        }
        else if (groups.Count != _groupingColumns.Count)
        {
            throw new ArgumentException($"The row has {groups.Count} grouping values; the matrix has {_groupingColumns.Count} grouping columns.", nameof(respondent));
        }

        Append(values);
        _respondents.Add(respondent);
        return this;
    }

    /// <summary>Makes room for this many answers in compact storage (at most 1 GiB; a hint, not a limit).</summary>
    internal void Reserve(long answers)
    {
        answers = Math.Min(answers, 1L << 30);
        if (_bytes is not null && answers > _bytes.Length)
        {
            Array.Resize(ref _bytes, (int)answers);
        }
    }

    /// <summary>Adds a row already in compact form (answers 0..254, 255 = missing), as the CSV reader produces it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void AddCompactRow(RespondentInfo respondent, ReadOnlySpan<byte> values)
    {
        if (_bytes is null || _built || values.Length != _itemIds.Count || (respondent.Groups.Count != 0 && respondent.Groups.Count != _groupingColumns.Count))
        {
            // Not the simple case: take the checked path.
            Span<double> row = values.Length <= 256 ? stackalloc double[values.Length] : new double[values.Length];
            for (var i = 0; i < values.Length; i++)
            {
                row[i] = values[i] == ResponseMatrix.MissingByte ? double.NaN : values[i];
            }

            AddRow(respondent, row);
            return;
        }

        if (respondent.Groups.Count == 0 && _groupingColumns.Count > 0)
        {
            respondent = respondent with { Groups = new EquatableArray<string?>(new string?[_groupingColumns.Count]) };
        }

        var needed = _length + values.Length;
        if (needed > Array.MaxLength)
        {
            throw new InvalidOperationException("The matrix would exceed the largest array .NET can hold.");
        }

        if (needed > _bytes.Length)
        {
            Array.Resize(ref _bytes, Grow(_bytes.Length, needed));
        }

        values.CopyTo(_bytes.AsSpan((int)_length));
        _length = needed;
        _respondents.Add(respondent);
    }

    /// <summary>Builds the matrix. The builder cannot be used afterwards.</summary>
    /// <returns>The matrix.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built its matrix.</exception>
    public ResponseMatrix Build()
    {
        if (_built)
        {
            throw new InvalidOperationException("This builder has already built its matrix; create a new builder.");
        }

        _built = true;
        byte[]? bytes = null;
        double[]? doubles = null;
        if (_bytes is not null)
        {
            // Storage sized exactly (as from a size hint) is handed over as it is, not copied.
            bytes = _bytes.Length == _length ? _bytes : _bytes.AsSpan(0, (int)_length).ToArray();
        }
        else
        {
            doubles = _doubles!.AsSpan(0, (int)_length).ToArray();
        }

        _bytes = null;
        _doubles = null;
        return new ResponseMatrix(_itemIds, _groupingColumns, _respondents.ToImmutable(), bytes, doubles);
    }

    private void Append(ReadOnlySpan<double> values)
    {
        var needed = _length + values.Length;
        if (needed > Array.MaxLength)
        {
            throw new InvalidOperationException("The matrix would exceed the largest array .NET can hold.");
        }

        if (_bytes is not null && !FitsBytes(values))
        {
            _doubles = new double[Math.Max(_bytes.Length, 16)];
            for (var i = 0; i < _length; i++)
            {
                _doubles[i] = _bytes[i] == ResponseMatrix.MissingByte ? double.NaN : _bytes[i];
            }

            _bytes = null;
        }

        if (_bytes is not null)
        {
            if (needed > _bytes.Length)
            {
                Array.Resize(ref _bytes, Grow(_bytes.Length, needed));
            }

            var dest = _bytes.AsSpan((int)_length, values.Length);
            for (var i = 0; i < values.Length; i++)
            {
                dest[i] = double.IsNaN(values[i]) ? ResponseMatrix.MissingByte : (byte)values[i];
            }
        }
        else
        {
            if (needed > _doubles!.Length)
            {
                Array.Resize(ref _doubles, Grow(_doubles.Length, needed));
            }

            values.CopyTo(_doubles.AsSpan((int)_length, values.Length));
        }

        _length = needed;
    }

    private static int Grow(int current, long needed)
        => (int)Math.Min(Array.MaxLength, Math.Max(needed, Math.Max(16L, current * 2L)));

    private static bool FitsBytes(ReadOnlySpan<double> values)
    {
        foreach (var v in values)
        {
            if (!double.IsNaN(v) && !(v >= 0 && v <= 254 && v == Math.Floor(v)))
            {
                return false;
            }
        }

        return true;
    }

    private static EquatableArray<string> CheckNames(IEnumerable<string> names, string parameter)
    {
        var list = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException("Column names must not be empty or white space.", parameter);
            }

            if (!seen.Add(name))
            {
                throw new ArgumentException($"Column '{name}' appears twice.", parameter);
            }

            list.Add(name);
        }

        return new EquatableArray<string>(list);
    }
}
