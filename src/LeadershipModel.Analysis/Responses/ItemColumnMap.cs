using System.Runtime.InteropServices;
using LeadershipModel.Analysis.Csv;
using LeadershipModel.Instruments;

namespace LeadershipModel.Analysis.Responses;

/// <summary>Which value column holds which item of an instrument, and how a row of values becomes a response set.</summary>
internal sealed class ItemColumnMap
{
    private readonly Instrument _instrument;
    private readonly int[] _columns;
    private readonly string[] _itemIds;

    /// <summary>
    /// The answers most rows hold, made once and shared by every set (answers are immutable): for each mapped item,
    /// unanswered, then 0 to 9. A row of Likert answers then allocates no answer of its own.
    /// </summary>
    private readonly Answer[] _common;

    private ItemColumnMap(Instrument instrument, int[] columns, string[] itemIds, string[] missing, string[] unknown)
    {
        _instrument = instrument;
        _columns = columns;
        _itemIds = itemIds;
        Missing = missing;
        Unknown = unknown;
        _common = new Answer[itemIds.Length * CommonValues];
        for (var i = 0; i < itemIds.Length; i++)
        {
            _common[i * CommonValues] = new Answer(itemIds[i], null);
            for (var d = 0; d < CommonValues - 1; d++)
            {
                _common[(i * CommonValues) + d + 1] = new Answer(itemIds[i], d);
            }
        }
    }

    /// <summary>The shared answers per item: unanswered and 0 to 9.</summary>
    public const int CommonValues = 11;

    /// <summary>Gets the instrument items with no column, in instrument order.</summary>
    public string[] Missing { get; }

    /// <summary>Gets the columns that name no item of the instrument, in column order.</summary>
    public string[] Unknown { get; }

    /// <summary>Gets the number of mapped items.</summary>
    public int Count => _columns.Length;

    public static ItemColumnMap Create(IReadOnlyList<string> columnNames, Instrument instrument)
    {
        var byItem = new int[instrument.Items.Count];
        Array.Fill(byItem, -1);
        var unknown = new List<string>();
        for (var c = 0; c < columnNames.Count; c++)
        {
            var at = instrument.IndexOfItem(columnNames[c]);
            if (at < 0)
            {
                unknown.Add(columnNames[c]);
            }
            else
            {
                byItem[at] = c;
            }
        }

        var columns = new List<int>();
        var ids = new List<string>();
        var missing = new List<string>();
        for (var i = 0; i < byItem.Length; i++)
        {
            var id = instrument.Items[i].Id;
            if (byItem[i] < 0)
            {
                missing.Add(id);
            }
            else
            {
                columns.Add(byItem[i]);
                ids.Add(id);
            }
        }

        return new ItemColumnMap(instrument, [.. columns], [.. ids], [.. missing], [.. unknown]);
    }

    /// <summary>Describes the unknown columns for an error message.</summary>
    public string UnknownMessage() =>
        $"{(Unknown.Length == 1 ? "column" : "columns")} {string.Join(", ", Unknown.Select(u => $"'{u}'"))} {(Unknown.Length == 1 ? "is not an item" : "are not items")} of instrument '{_instrument.Id}' {_instrument.Version}; "
        + "declare them as grouping columns (CsvReadOptions.GroupingColumns) or set ResponseSetReadOptions.IgnoreUnknownItemColumns.";

    /// <summary>Gets the shared answers: for answer <c>i</c>, unanswered at <c>i * <see cref="CommonValues"/></c>, then 0 to 9.</summary>
    public ReadOnlySpan<Answer> Common => _common;

    /// <summary>Returns the index among the item columns (as named when the map was made) of answer <paramref name="answer"/>.</summary>
    public int ItemOf(int answer) => _columns[answer];

    /// <summary>Makes a response set from its answers, one per mapped item in order (as <see cref="Common"/> holds them).</summary>
    public ResponseSet CreateSet(string respondentId, string? targetId, RaterRole role, Answer[] answers)
        => Create(respondentId, targetId, role, answers);

    /// <summary>Makes a response set from one row; <paramref name="values"/> are indexed by column, NaN marking a missing answer.</summary>
    public ResponseSet CreateSet(string respondentId, string? targetId, RaterRole role, ReadOnlySpan<double> values)
    {
        var answers = new Answer[_columns.Length];
        for (var i = 0; i < answers.Length; i++)
        {
            var v = values[_columns[i]];
            if (double.IsNaN(v))
            {
                answers[i] = _common[i * CommonValues];
            }
            else if (v is >= 0 and <= CommonValues - 2 && (int)v == v && !double.IsNegative(v))
            {
                answers[i] = _common[(i * CommonValues) + (int)v + 1];
            }
            else
            {
                answers[i] = new Answer(_itemIds[i], v);
            }
        }

        return Create(respondentId, targetId, role, answers);
    }

    private ResponseSet Create(string respondentId, string? targetId, RaterRole role, Answer[] answers)
        => new()
        {
            InstrumentId = _instrument.Id,
            InstrumentVersion = _instrument.Version,
            RespondentId = respondentId,
            TargetId = targetId is null || string.Equals(targetId, respondentId, StringComparison.Ordinal) ? null : targetId,
            Role = role,
            Answers = new EquatableArray<Answer>(ImmutableCollectionsMarshal.AsImmutableArray(answers)),
        };
}
