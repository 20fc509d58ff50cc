namespace LeadershipModel.Scoring;

/// <summary>The default classifier: the overall quadrant's name.</summary>
internal sealed class QuadrantProfileClassifier : IProfileClassifier
{
    public static QuadrantProfileClassifier Instance { get; } = new();

    public string Name => "quadrant";

    public string? Classify(in ClassificationArguments arguments) => arguments.Overall.Quadrant?.ToString();
}
