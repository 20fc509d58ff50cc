namespace LeadershipModel;

/// <summary>An authority profile measured but not yet given its expected outcome (the outcome model's part).</summary>
internal readonly record struct AuthorityMeasurement(
    EquatableArray<PowerBaseScore> Bases,
    EquatableArray<AuthoritySourceScore> Sources,
    double? FollowerShare,
    AuthoritySource? Primary)
{
    /// <summary>Completes the profile with the expected outcome shares.</summary>
    /// <param name="outcome">The shares, or <see langword="null"/> when they cannot be estimated.</param>
    /// <returns>The profile.</returns>
    public AuthorityProfile Complete(OutcomeShares? outcome) => AuthorityProfile.Restore(Bases, Sources, FollowerShare, Primary, outcome);
}
