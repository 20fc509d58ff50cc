using LeadershipModel.Analysis.Internal;
using LeadershipModel.Analysis.Matrix;
using LeadershipModel.Internal;

namespace LeadershipModel.Analysis.Reliability;

/// <summary>A scale's name and its keyed items, as psych's keys list: <c>agree=-A1,A2,A3,A4,A5</c>.</summary>
/// <remarks>
/// <para>A scale has at least one item and names each item once. Whether the items exist is checked against the data
/// by <see cref="Validate"/>, which the analyses call.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record ScaleKey
{
    private readonly string _name = "";
    private readonly EquatableArray<KeyedItem> _items;

    /// <summary>Gets the scale name.</summary>
    /// <exception cref="ArgumentException">The value is empty or white space.</exception>
    public required string Name { get => _name; init => _name = Preconditions.NotBlank(value, nameof(Name)).Trim(); }

    /// <summary>Gets the keyed items, in order.</summary>
    /// <exception cref="ArgumentException">The list is empty or names an item twice.</exception>
    public required EquatableArray<KeyedItem> Items { get => _items; init => _items = CheckItems(value, _name); }

    /// <summary>Creates a key from psych-style item keys (<c>-</c> marks a reversed item).</summary>
    /// <param name="name">The scale name.</param>
    /// <param name="keys">The keys, such as <c>-A1</c>, <c>A2</c>.</param>
    /// <returns>The scale key.</returns>
    /// <exception cref="ArgumentException">The name is blank, or the keys are empty, blank or repeated.</exception>
    public static ScaleKey Create(string name, params IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        Preconditions.NotBlank(name);
        var items = new List<KeyedItem>();
        foreach (var k in keys)
        {
            items.Add(KeyedItem.Parse(k));
        }

        return new ScaleKey { Name = name, Items = new EquatableArray<KeyedItem>(items) };
    }

    /// <summary>Parses <c>name=key,key,…</c>, such as <c>agree=-A1,A2,A3,A4,A5</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The scale key.</returns>
    /// <exception cref="FormatException">The text has no <c>=</c>, no name, no items, or an empty or repeated item.</exception>
    public static ScaleKey Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var eq = text.IndexOf('=', StringComparison.Ordinal);
        if (eq < 0)
        {
            throw new FormatException($"'{text}' is not a scale key; write name=item,-item,… (such as agree=-A1,A2,A3).");
        }

        var name = text[..eq].Trim();
        if (name.Length == 0)
        {
            throw new FormatException($"'{text}' has no scale name before '='.");
        }

        var body = text[(eq + 1)..];
        if (body.Trim().Length == 0)
        {
            throw new FormatException($"Scale '{name}' has no items.");
        }

        var items = new List<KeyedItem>();
        foreach (var part in body.Split(','))
        {
            var p = part.Trim();
            if (p.Length == 0 || p == "-")
            {
                throw new FormatException($"Scale '{name}' has an empty item in '{body.Trim()}'.");
            }

            items.Add(KeyedItem.Parse(p));
        }

        try
        {
            return new ScaleKey { Name = name, Items = new EquatableArray<KeyedItem>(items) };
        }
        catch (ArgumentException e)
        {
            throw new FormatException(e.Message, e);
        }
    }

    /// <summary>Parses several keys, one per entry (blank entries are skipped).</summary>
    /// <param name="lines">The keys, such as <c>agree=-A1,A2</c>.</param>
    /// <returns>The scale keys, in order.</returns>
    /// <exception cref="FormatException">An entry is not a valid key, or two scales share a name.</exception>
    public static IReadOnlyList<ScaleKey> ParseMany(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var result = new List<ScaleKey>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var key = Parse(line);
            if (!names.Add(key.Name))
            {
                throw new FormatException($"Scale '{key.Name}' is defined twice.");
            }

            result.Add(key);
        }

        return result;
    }

    /// <summary>Checks that every item exists in the data.</summary>
    /// <param name="data">The data.</param>
    /// <exception cref="ArgumentException">An item is not in the data; the message names the item and the scale.</exception>
    public void Validate(ResponseMatrix data)
    {
        ArgumentNullException.ThrowIfNull(data);
        foreach (var item in _items)
        {
            if (!data.TryGetItemIndex(item.ItemId, out _))
            {
                throw new ArgumentException($"Scale '{_name}' names item '{item.ItemId}', which is not in the data.", nameof(data));
            }
        }
    }

    /// <summary>Writes the key as psych's keys list does: <c>agree=-A1,A2</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _name + "=" + string.Join(",", _items.Select(i => i.Key));

    private static EquatableArray<KeyedItem> CheckItems(EquatableArray<KeyedItem> value, string name)
    {
        var label = name.Length == 0 ? "The scale" : $"Scale '{name}'";
        if (value.Count == 0)
        {
            throw new ArgumentException($"{label} has no items.", nameof(value));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in value)
        {
            if (item is null)
            {
                throw new ArgumentException($"{label} has a null item.", nameof(value));
            }

            if (!seen.Add(item.ItemId))
            {
                throw new ArgumentException($"{label} lists item '{item.ItemId}' twice.", nameof(value));
            }
        }

        return value;
    }
}
