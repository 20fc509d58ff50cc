namespace LeadershipModel.Scoring;

/// <summary>The default classifier: the overall quadrant's name.</summary>
internal sealed class QuadrantProfileClassifier : IProfileClassifier
{
    public static QuadrantProfileClassifier Instance { get; } = new();

    public string Name => "quadrant";

    public string? Classify(in ClassificationArguments arguments) => ProfileTypeOf(arguments.Overall.Quadrant);

    /// <summary>The profile type this classifier gives a quadrant: its name (<see cref="Enum.ToString()"/>'s text, without its per-call lookup).</summary>
    public static string? ProfileTypeOf(Quadrant? quadrant) => quadrant switch
    {
        null => null,
        Quadrant.Manager => nameof(Quadrant.Manager),
        Quadrant.Leader => nameof(Quadrant.Leader),
        Quadrant.Integrator => nameof(Quadrant.Integrator),
        Quadrant.Disengaged => nameof(Quadrant.Disengaged),
        { } other => other.ToString(),
    };
}
