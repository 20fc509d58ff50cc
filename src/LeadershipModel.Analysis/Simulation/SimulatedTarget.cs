using LeadershipModel.Internal;
namespace LeadershipModel.Analysis.Simulation;

/// <summary>One simulated person who is rated, and their true latent scores: the known truth that estimates are
/// checked against.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record SimulatedTarget
{
    private readonly string _id = "";

    /// <summary>Gets the target's id, such as <c>T0001</c>; it is also the respondent id of their self-rating.</summary>
    /// <exception cref="ArgumentException">The value is empty or white space.</exception>
    public required string Id { get => _id; init => _id = Preconditions.NotBlank(value, nameof(Id)); }

    /// <summary>Gets the true latent scores, in the order of <see cref="SimulatedSample.Traits"/>.</summary>
    public required EquatableArray<double> TrueScores { get; init; }
}
