namespace LeadershipModel.Extensions.DependencyInjection;

/// <summary>Marks a registered engine name in the service collection; one descriptor per name.</summary>
/// <param name="Name">The engine name.</param>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed record ScoringEngineName(string Name);
