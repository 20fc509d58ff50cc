using LeadershipModel.Responses;

namespace LeadershipModel.Scoring;

/// <summary>The event of a scored response set.</summary>
public readonly struct ProfileScoredArguments
{
    internal ProfileScoredArguments(long index, ResponseSet responseSet, LeadershipProfile profile)
    {
        Index = index;
        ResponseSet = responseSet;
        Profile = profile;
    }

    /// <summary>Gets the position in the batch or stream.</summary>
    public long Index { get; }

    /// <summary>Gets the response set.</summary>
    public ResponseSet ResponseSet { get; }

    /// <summary>Gets the profile.</summary>
    public LeadershipProfile Profile { get; }
}
