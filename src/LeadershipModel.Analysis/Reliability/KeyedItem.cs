using LeadershipModel.Analysis.Internal;
using LeadershipModel.Internal;

namespace LeadershipModel.Analysis.Reliability;

/// <summary>One item of a scale key: the item id and whether the item is reverse keyed.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record KeyedItem
{
    private readonly string _itemId = "";

    /// <summary>Gets the item id, as in the data.</summary>
    /// <exception cref="ArgumentException">The value is empty or white space.</exception>
    public required string ItemId { get => _itemId; init => _itemId = Preconditions.NotBlank(value, nameof(ItemId)); }

    /// <summary>Gets a value indicating whether the item is reverse keyed (<c>max + min − x</c>).</summary>
    public bool Reversed { get; init; }

    /// <summary>Gets the key as psych writes it: the id, with a leading <c>-</c> when reversed (<c>-A1</c>).</summary>
    public string Key => Reversed ? "-" + _itemId : _itemId;

    /// <summary>Gets the sign of the key: −1 when reversed, +1 otherwise.</summary>
    public int Sign => Reversed ? -1 : 1;

    /// <summary>Parses one key such as <c>A2</c> or <c>-A1</c>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The keyed item.</returns>
    /// <exception cref="ArgumentException">The key names no item.</exception>
    public static KeyedItem Parse(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var t = key.Trim();
        var reversed = t.StartsWith('-');
        var id = reversed ? t[1..].Trim() : t;
        if (id.Length == 0)
        {
            throw new ArgumentException($"'{key}' names no item.", nameof(key));
        }

        return new KeyedItem { ItemId = id, Reversed = reversed };
    }

    /// <inheritdoc/>
    public override string ToString() => Key;
}
