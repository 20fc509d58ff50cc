namespace LeadershipModel.Teams;

/// <summary>How many people of a unit have one profile type.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ProfileTypeCount
{
    /// <summary>Gets the profile type, as the classifier names it.</summary>
    public required string ProfileType { get; init; }

    /// <summary>Gets the number of people.</summary>
    public required int People { get; init; }
}
