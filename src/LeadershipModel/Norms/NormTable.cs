using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using LeadershipModel.Internal;

namespace LeadershipModel.Norms;

/// <summary>
/// Norms for the indices of a profile, from a reference sample: percentile ranks and normalised T-scores.
/// </summary>
/// <remarks>
/// <para>The scoring engine reads a norm table through its norms step (none by default). Build one from a sample
/// with the analysis package, or load one from JSON.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class NormTable : IEquatable<NormTable>
{
    private readonly FrozenDictionary<string, NormIndex> _byId;

    private NormTable(string id, string name, int sampleSize, EquatableArray<NormIndex> indices)
    {
        Id = id;
        Name = name;
        SampleSize = sampleSize;
        Indices = indices;
        _byId = indices.ToFrozenDictionary(i => i.IndexId, StringComparer.Ordinal);
    }

    /// <summary>Gets the table id, such as <c>company-2026</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the display name.</summary>
    public string Name { get; }

    /// <summary>Gets the number of profiles in the norm sample.</summary>
    public int SampleSize { get; }

    /// <summary>Gets the normed indices.</summary>
    public EquatableArray<NormIndex> Indices { get; }

    /// <summary>Gets whose ratings the table was built from; <see cref="NormPerspective.Unspecified"/> unless recorded.</summary>
    public NormPerspective Perspective { get; private init; }

    /// <summary>Returns this table with its perspective recorded.</summary>
    /// <param name="perspective">Whose ratings the table was built from.</param>
    /// <returns>The table.</returns>
    public NormTable WithPerspective(NormPerspective perspective)
        => new(Id, Name, SampleSize, Indices) { Perspective = Preconditions.Defined(perspective) };

    /// <summary>Creates a norm table.</summary>
    /// <param name="id">The table id.</param>
    /// <param name="name">The display name.</param>
    /// <param name="sampleSize">The number of profiles in the sample; positive.</param>
    /// <param name="indices">The normed indices; ids unique.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException">Two indices share an id.</exception>
    public static NormTable Create(string id, string name, int sampleSize, IEnumerable<NormIndex> indices)
    {
        Preconditions.NotBlank(id);
        Preconditions.NotBlank(name);
        Preconditions.Positive(sampleSize);
        var array = Preconditions.NotNull(indices).ToEquatableArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var index in array)
        {
            if (!seen.Add(Preconditions.NotNull(index, nameof(indices)).IndexId))
            {
                throw new ArgumentException($"Norm index '{index.IndexId}' appears more than once.", nameof(indices));
            }
        }

        return new NormTable(id, name, sampleSize, array);
    }

    /// <summary>Looks up the norms of an index.</summary>
    /// <param name="indexId">The index id.</param>
    /// <param name="index">The norms, when present.</param>
    /// <returns><see langword="true"/> when the table norms that index.</returns>
    public bool TryGet(string indexId, [NotNullWhen(true)] out NormIndex? index) => _byId.TryGetValue(Preconditions.NotNull(indexId), out index);

    /// <summary>Converts a percentile rank to a normalised T-score, <c>50 + 10·Φ⁻¹(p / 100)</c>, with p kept within [0.1, 99.9].</summary>
    /// <param name="percentile">The percentile rank in [0, 100].</param>
    /// <returns>The T-score, between about 19.1 and 80.9.</returns>
    public static double NormalizedTScore(double percentile)
    {
        var p = Math.Clamp(Preconditions.InRange(percentile, 0, 100), 0.1, 99.9) / 100;
        return 50 + (10 * NormalDistribution.InverseCdf(p));
    }

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] NormTable? other) =>
        other is not null && Id == other.Id && Name == other.Name && SampleSize == other.SampleSize && Perspective == other.Perspective && Indices.Equals(other.Indices);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as NormTable);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, SampleSize, Indices);
}
