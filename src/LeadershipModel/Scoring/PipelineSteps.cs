namespace LeadershipModel.Scoring;

/// <summary>The names of the engine's pipeline steps, in the order they run.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class PipelineSteps
{
    /// <summary>Answer validation: instrument and version, unknown items, duplicates, range; then host validators.</summary>
    public const string Validation = "validation";

    /// <summary>Item transform: reverse keying <c>max + min − x</c> and scaling to [0, 1].</summary>
    public const string ItemTransform = "item-transform";

    /// <summary>Missing-data policy: minimum share answered per scale, prorating or imputation.</summary>
    public const string MissingData = "missing-data";

    /// <summary>Scale scorer: mean, sum, weighted mean or custom.</summary>
    public const string ScaleScoring = "scale-scoring";

    /// <summary>Derived indices: orientation, integration, overall indices, authority and its expected outcome (the outcome model's failures are reported under this step).</summary>
    public const string DerivedIndices = "derived-indices";

    /// <summary>Classification: quadrants and profile type.</summary>
    public const string Classification = "classification";

    /// <summary>Norms: percentiles and T-scores.</summary>
    public const string Norms = "norms";

    /// <summary>Enrichment: host-specific results.</summary>
    public const string Enrichment = "enrichment";

    /// <summary>Observers: events for logging and metrics.</summary>
    public const string Observation = "observation";
}
