namespace LeadershipModel.Scoring;

/// <summary>Collects the values enrichers add while one response set is scored.</summary>
/// <remarks>An instance belongs to one scoring call and is not thread-safe; enrichers must not keep it.</remarks>
public sealed class ProfileExtensionsBuilder
{
    private readonly List<KeyValuePair<string, object?>> _values;

    internal ProfileExtensionsBuilder(IEnumerable<KeyValuePair<string, object?>>? values = null) => _values = values is null ? [] : [.. values];

    /// <summary>Adds or replaces a value.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="key">The key.</param>
    /// <param name="value">The value; should be immutable.</param>
    public void Set<T>(ExtensionKey<T> key, T value)
    {
        var i = _values.FindIndex(v => v.Key == key.Name);
        var entry = KeyValuePair.Create(key.Name, (object?)value);
        if (i >= 0)
        {
            _values[i] = entry;
        }
        else
        {
            _values.Add(entry);
        }
    }

    /// <summary>Gets the values collected, in order.</summary>
    internal List<KeyValuePair<string, object?>> Values => _values;
}
