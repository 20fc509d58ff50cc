using System.Diagnostics.CodeAnalysis;
using LeadershipModel.Internal;

namespace LeadershipModel;

/// <summary>What the model says about one <see cref="AuthoritySource"/>: who confers it and who can take it back.</summary>
/// <remarks>This type is immutable and thread-safe. Its checks run in the <c>init</c> accessors, so a
/// <see langword="with"/> expression cannot make an invalid value.</remarks>
public sealed record AuthoritySourceDefinition
{
    private readonly AuthoritySource _source;
    private readonly string _name = string.Empty;
    private readonly string _description = string.Empty;
    private readonly Conferrer _conferredBy;

    /// <summary>Initializes a new definition.</summary>
    /// <param name="source">The source.</param>
    /// <param name="name">The display name.</param>
    /// <param name="description">What the source is.</param>
    /// <param name="conferredBy">Who confers the authority.</param>
    /// <param name="followersCanWithdraw">Whether followers can withdraw it at any time.</param>
    /// <param name="isOwnPower">Whether the power is the person's own rather than held on behalf of the organisation.</param>
    [SetsRequiredMembers]
    public AuthoritySourceDefinition(AuthoritySource source, string name, string description, Conferrer conferredBy, bool followersCanWithdraw, bool isOwnPower)
    {
        Source = source;
        Name = name;
        Description = description;
        ConferredBy = conferredBy;
        FollowersCanWithdraw = followersCanWithdraw;
        IsOwnPower = isOwnPower;
    }

    /// <summary>Gets the source.</summary>
    public required AuthoritySource Source { get => _source; init => _source = Preconditions.Defined(value, nameof(Source)); }

    /// <summary>Gets the display name.</summary>
    public required string Name { get => _name; init => _name = Preconditions.NotBlank(value, nameof(Name)); }

    /// <summary>Gets what the source is.</summary>
    public required string Description { get => _description; init => _description = Preconditions.NotBlank(value, nameof(Description)); }

    /// <summary>Gets who confers the authority: the organisation or the followers.</summary>
    public required Conferrer ConferredBy { get => _conferredBy; init => _conferredBy = Preconditions.Defined(value, nameof(ConferredBy)); }

    /// <summary>Gets a value indicating whether followers can withdraw the authority at any time.</summary>
    public required bool FollowersCanWithdraw { get; init; }

    /// <summary>
    /// Gets a value indicating whether the power is the person's own; positional power is not: the manager
    /// "wields a power that is not their own".
    /// </summary>
    public required bool IsOwnPower { get; init; }
}
