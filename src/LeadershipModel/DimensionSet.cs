using System.Collections;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using LeadershipModel.Internal;

namespace LeadershipModel;

/// <summary>An ordered set of dimensions with unique ids, looked up by id.</summary>
/// <remarks>
/// <para>Use <see cref="Canonical"/> for the nineteen dimensions of the seed, or <see cref="Create"/> for a custom
/// set. Two sets are equal when they hold equal dimensions in the same order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class DimensionSet : IReadOnlyList<Dimension>, IEquatable<DimensionSet>
{
    private readonly EquatableArray<Dimension> _dimensions;
    private readonly FrozenDictionary<string, int> _indexById;

    private DimensionSet(EquatableArray<Dimension> dimensions, FrozenDictionary<string, int> indexById)
    {
        _dimensions = dimensions;
        _indexById = indexById;
    }

    /// <summary>Gets the canonical set: the nineteen dimensions of the seed, in the seed's order.</summary>
    public static DimensionSet Canonical { get; } = Create(CanonicalDimensions.All);

    /// <summary>Gets the empty set, for instruments that measure only power bases or host-defined constructs.</summary>
    public static DimensionSet Empty { get; } = new([], FrozenDictionary<string, int>.Empty);

    /// <summary>Gets the dimensions in order.</summary>
    public EquatableArray<Dimension> Dimensions => _dimensions;

    /// <summary>Gets the number of dimensions.</summary>
    public int Count => _dimensions.Count;

    /// <summary>Gets the dimension at <paramref name="index"/>.</summary>
    /// <param name="index">The zero-based position.</param>
    public Dimension this[int index] => _dimensions[index];

    /// <summary>Gets the dimension with the given id.</summary>
    /// <param name="id">The dimension id.</param>
    /// <exception cref="KeyNotFoundException">No dimension has that id.</exception>
    public Dimension this[string id] => TryGet(id, out var dimension)
        ? dimension
        : throw new KeyNotFoundException($"The dimension set has no dimension with id '{id}'. Known ids: {string.Join(", ", _indexById.Keys.Order(StringComparer.Ordinal))}.");

    /// <summary>Creates a set from dimensions in the given order.</summary>
    /// <param name="dimensions">The dimensions; ids must be unique.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dimensions"/> or one of its elements is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two dimensions share an id.</exception>
    public static DimensionSet Create(IEnumerable<Dimension> dimensions)
    {
        Preconditions.NotNull(dimensions);
        var array = dimensions.ToEquatableArray();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < array.Count; i++)
        {
            var dimension = array[i] ?? throw new ArgumentNullException(nameof(dimensions), $"Dimension at index {i} is null.");
            if (!index.TryAdd(dimension.Id, i))
            {
                throw new ArgumentException($"Dimension id '{dimension.Id}' appears at index {index[dimension.Id]} and again at index {i}; ids must be unique.", nameof(dimensions));
            }
        }

        return new DimensionSet(array, index.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Looks up a dimension by id.</summary>
    /// <param name="id">The dimension id.</param>
    /// <param name="dimension">The dimension, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGet(string id, [NotNullWhen(true)] out Dimension? dimension)
    {
        Preconditions.NotNull(id);
        if (_indexById.TryGetValue(id, out var i))
        {
            dimension = _dimensions[i];
            return true;
        }

        dimension = null;
        return false;
    }

    /// <summary>Gets a value indicating whether the set holds a dimension with the given id.</summary>
    /// <param name="id">The dimension id.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool Contains(string id) => _indexById.ContainsKey(Preconditions.NotNull(id));

    /// <summary>Gets the zero-based position of the dimension with the given id, or −1.</summary>
    /// <param name="id">The dimension id.</param>
    /// <returns>The position, or −1 when absent.</returns>
    public int IndexOf(string id) => _indexById.TryGetValue(Preconditions.NotNull(id), out var i) ? i : -1;

    /// <inheritdoc/>
    public bool Equals(DimensionSet? other) => other is not null && _dimensions.Equals(other._dimensions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DimensionSet);

    /// <inheritdoc/>
    public override int GetHashCode() => _dimensions.GetHashCode();

    /// <summary>Returns an enumerator over the dimensions in order.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<Dimension> GetEnumerator() => ((IEnumerable<Dimension>)_dimensions).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
