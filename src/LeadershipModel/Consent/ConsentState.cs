using System.Diagnostics.CodeAnalysis;
using LeadershipModel.Internal;

namespace LeadershipModel.Consent;

/// <summary>The state of a consent relationship at one step: the role, if any, and every follower.</summary>
/// <remarks>
/// <para>The state at any step is a fold of the event log over the initial state (<see cref="ConsentLog"/>).</para>
/// <para>This type is immutable and thread-safe. Its checks run in the <c>init</c> accessors: follower ids are unique.</para>
/// </remarks>
public sealed record ConsentState
{
    private readonly int _step;
    private readonly EquatableArray<ConsentFollowerState> _followers;
    private readonly int _rewardsOffered;

    /// <summary>Initializes a new state.</summary>
    /// <param name="step">The step, at least 0.</param>
    /// <param name="role">The role the organisation grants, or <see langword="null"/> for none.</param>
    /// <param name="followers">The followers, with unique ids.</param>
    [SetsRequiredMembers]
    public ConsentState(int step, ConsentRole? role, EquatableArray<ConsentFollowerState> followers)
    {
        Step = step;
        Role = role;
        Followers = followers;
    }

    /// <summary>Gets the step, at least 0.</summary>
    public required int Step { get => _step; init => _step = Preconditions.InRange(value, 0, int.MaxValue, nameof(Step)); }

    /// <summary>Gets the role the organisation grants, or <see langword="null"/> while there is none.</summary>
    public required ConsentRole? Role { get; init; }

    /// <summary>Gets the followers, in their order.</summary>
    public required EquatableArray<ConsentFollowerState> Followers
    {
        get => _followers;
        init
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var f in value)
            {
                Preconditions.NotNull(f, nameof(Followers));
                if (!ids.Add(f.Id))
                {
                    throw new ArgumentException($"Follower id '{f.Id}' appears more than once.", nameof(Followers));
                }
            }

            _followers = value;
        }
    }

    /// <summary>Gets how many rewards have been offered so far, over all followers (what the carrot has cost).</summary>
    public int RewardsOffered { get => _rewardsOffered; init => _rewardsOffered = Preconditions.InRange(value, 0, int.MaxValue, nameof(RewardsOffered)); }

    /// <summary>Gets the index of a follower, or −1.</summary>
    /// <param name="followerId">The follower's id.</param>
    /// <returns>The index in <see cref="Followers"/>, or −1 when there is no such follower.</returns>
    public int IndexOf(string followerId)
    {
        for (var i = 0; i < Followers.Count; i++)
        {
            if (string.Equals(Followers[i].Id, followerId, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
