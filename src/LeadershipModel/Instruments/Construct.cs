using System.Diagnostics.CodeAnalysis;
using LeadershipModel.Internal;

namespace LeadershipModel.Instruments;

/// <summary>A construct a host defines beside the dimensions and power bases, such as "psychological safety".</summary>
/// <remarks>This type is immutable and thread-safe. Its checks run in the <c>init</c> accessors.</remarks>
public sealed record Construct
{
    private readonly string _id = string.Empty;
    private readonly string _name = string.Empty;
    private readonly string? _description;

    /// <summary>Initializes a new construct.</summary>
    /// <param name="id">The kebab-case id, unique within the instrument.</param>
    /// <param name="name">The display name.</param>
    /// <param name="description">What it means, if said.</param>
    [SetsRequiredMembers]
    public Construct(string id, string name, string? description = null)
    {
        Id = id;
        Name = name;
        Description = description;
    }

    /// <summary>Gets the kebab-case id.</summary>
    public required string Id { get => _id; init => _id = Preconditions.KebabId(value, nameof(Id)); }

    /// <summary>Gets the display name.</summary>
    public required string Name { get => _name; init => _name = Preconditions.NotBlank(value, nameof(Name)); }

    /// <summary>Gets what the construct means, or <see langword="null"/>.</summary>
    public string? Description { get => _description; init => _description = value is null ? null : Preconditions.NotBlank(value, nameof(Description)); }
}
