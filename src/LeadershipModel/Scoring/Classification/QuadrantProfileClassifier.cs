namespace LeadershipModel.Scoring;

/// <summary>The default classifier: the overall quadrant's name.</summary>
internal sealed class QuadrantProfileClassifier : IProfileClassifier
{
    public static QuadrantProfileClassifier Instance { get; } = new();

    public string Name => "quadrant";

    public string? Classify(in ClassificationArguments arguments) => ProfileTypeOf(arguments.Overall.Quadrant);

    /// <summary>The profile type this classifier gives a quadrant (the scorer calls it directly, sparing a record copy).</summary>
    public static string? ProfileTypeOf(Quadrant? quadrant) => quadrant?.ToString();
}
