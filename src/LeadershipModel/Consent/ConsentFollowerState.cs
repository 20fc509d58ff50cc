using System.Diagnostics.CodeAnalysis;
using LeadershipModel.Internal;

namespace LeadershipModel.Consent;

/// <summary>One follower at one step: whether they consent, what they grant, and which lever is in use on them this step.</summary>
/// <remarks>This type is immutable and thread-safe. Its checks run in the <c>init</c> accessors.</remarks>
public sealed record ConsentFollowerState
{
    private readonly string _id = string.Empty;
    private readonly ConsentGrant _grant = null!;

    /// <summary>Initializes a new follower state.</summary>
    /// <param name="id">The follower's id.</param>
    /// <param name="consenting">Whether the follower consents to follow.</param>
    /// <param name="grant">The follower-conferred bases the follower grants (counted only while consenting).</param>
    [SetsRequiredMembers]
    public ConsentFollowerState(string id, bool consenting, ConsentGrant grant)
    {
        Id = id;
        Consenting = consenting;
        Grant = grant;
    }

    /// <summary>Gets the follower's id.</summary>
    public required string Id { get => _id; init => _id = Preconditions.NotBlank(value, nameof(Id)); }

    /// <summary>Gets a value indicating whether the follower consents to follow.</summary>
    public required bool Consenting { get; init; }

    /// <summary>Gets the follower-conferred bases the follower grants; they count only while <see cref="Consenting"/>.</summary>
    public required ConsentGrant Grant { get => _grant; init => _grant = Preconditions.NotNull(value, nameof(Grant)); }

    /// <summary>Gets a value indicating whether a reward is offered to the follower at this step (the carrot).</summary>
    public bool RewardActive { get; init; }

    /// <summary>Gets a value indicating whether a sanction is threatened against the follower at this step (the stick).</summary>
    public bool SanctionActive { get; init; }
}
