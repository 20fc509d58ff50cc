using LeadershipModel.Internal;

namespace LeadershipModel.Scoring;

/// <summary>A typed key for a host-specific value an enricher adds to a profile.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <remarks>This type is immutable and thread-safe. Keys are equal when their names are equal.</remarks>
public readonly record struct ExtensionKey<T>
{
    /// <summary>Initializes a new key.</summary>
    /// <param name="name">The name, unique among the extensions of a profile.</param>
    public ExtensionKey(string name) => Name = Preconditions.NotBlank(name);

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
