using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace LeadershipModel;

/// <summary>
/// An immutable array that compares by its elements, so that records holding collections keep value equality.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
/// <remarks>
/// <para><see cref="ImmutableArray{T}"/> compares by reference; this wrapper compares element by element with
/// <see cref="EqualityComparer{T}.Default"/>. The default value is an empty array.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
public readonly struct EquatableArray<T> : IReadOnlyList<T>, IEquatable<EquatableArray<T>>
{
    private readonly ImmutableArray<T> _items;

    /// <summary>Initializes a new instance that holds a copy of <paramref name="items"/>.</summary>
    /// <param name="items">The elements, in order.</param>
    public EquatableArray(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        _items = [.. items];
    }

    /// <summary>Wraps an array the caller gives up: no copy is made, so the caller must never change it again.</summary>
    internal static EquatableArray<T> TakeOwnership(T[] items) => new(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(items));

    /// <summary>Initializes a new instance around an immutable array.</summary>
    /// <param name="items">The elements, in order.</param>
    public EquatableArray(ImmutableArray<T> items) => _items = items.IsDefault ? [] : items;

    /// <summary>Gets the number of elements.</summary>
    public int Count => _items.IsDefault ? 0 : _items.Length;

    /// <summary>Gets the element at <paramref name="index"/>.</summary>
    /// <param name="index">The zero-based index.</param>
    public T this[int index] => AsSpan()[index];

    /// <summary>Gets the elements as an <see cref="ImmutableArray{T}"/>.</summary>
    /// <returns>The elements; never a default array.</returns>
    public ImmutableArray<T> AsImmutableArray() => _items.IsDefault ? [] : _items;

    /// <summary>Gets the elements as a read-only span.</summary>
    /// <returns>The elements.</returns>
    // Not through AsImmutableArray: its empty array is a static of a generic type, which keeps this accessor from
    // being inlined in shared generic code (every EquatableArray of a reference type).
    public ReadOnlySpan<T> AsSpan() => _items.IsDefault ? default : _items.AsSpan();

    /// <summary>Compares two arrays element by element.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns><see langword="true"/> when both hold equal elements in the same order.</returns>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Compares two arrays element by element.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns><see langword="true"/> when the arrays differ.</returns>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(EquatableArray<T> other)
    {
        var a = AsSpan();
        var b = other.AsSpan();
        if (a.Length != b.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < a.Length; i++)
        {
            if (!comparer.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns an enumerator over the elements.</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<T>.Enumerator GetEnumerator() => AsImmutableArray().GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)AsImmutableArray()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)AsImmutableArray()).GetEnumerator();

    /// <inheritdoc/>
    public override string ToString() => $"[{string.Join(", ", AsImmutableArray())}]";
}

/// <summary>Factory methods for <see cref="EquatableArray{T}"/>.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class EquatableArray
{
    /// <summary>Creates an array holding a copy of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements.</param>
    /// <returns>The array.</returns>
    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items) => new(ImmutableArray.Create(items));

    /// <summary>Creates an array holding a copy of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements.</param>
    /// <returns>The array.</returns>
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items) => new(items);
}
