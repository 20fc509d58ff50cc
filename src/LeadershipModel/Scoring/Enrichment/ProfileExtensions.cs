using System.Diagnostics.CodeAnalysis;

namespace LeadershipModel.Scoring;

/// <summary>Host-specific results that enrichers added to a profile, each under a typed key.</summary>
/// <remarks>
/// <para>Values should be immutable. Two bags are equal when they hold equal values under equal names, in order.</para>
/// <para>This type is immutable and thread-safe when its values are.</para>
/// </remarks>
public sealed class ProfileExtensions : IEquatable<ProfileExtensions>
{
    private readonly EquatableArray<KeyValuePair<string, object?>> _values;

    internal ProfileExtensions(EquatableArray<KeyValuePair<string, object?>> values) => _values = values;

    /// <summary>Gets the empty bag.</summary>
    public static ProfileExtensions Empty { get; } = new(default);

    /// <summary>Gets the values by name, in the order they were added.</summary>
    public EquatableArray<KeyValuePair<string, object?>> Values => _values;

    /// <summary>Gets the number of values.</summary>
    public int Count => _values.Count;

    /// <summary>Gets a value, when present and of the key's type.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGet<T>(ExtensionKey<T> key, [MaybeNullWhen(false)] out T value)
    {
        foreach (var (name, stored) in _values)
        {
            if (name == key.Name && stored is T typed)
            {
                value = typed;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Gets a value, or the default when absent.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="key">The key.</param>
    /// <returns>The value, or <see langword="default"/>.</returns>
    public T? GetValueOrDefault<T>(ExtensionKey<T> key) => TryGet(key, out var value) ? value : default;

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] ProfileExtensions? other) => other is not null && _values.Equals(other._values);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ProfileExtensions);

    /// <inheritdoc/>
    public override int GetHashCode() => _values.GetHashCode();
}
