using LeadershipModel.Scoring;

namespace LeadershipModel.Extensions.DependencyInjection.Tests;

/// <summary>A host service an enricher depends on.</summary>
public interface ISuggestionCatalog
{
    string SuggestionFor(string dimensionId);
}

public sealed class SuggestionCatalog : ISuggestionCatalog
{
    public string SuggestionFor(string dimensionId) => $"Develop {dimensionId}";
}

/// <summary>An enricher with a constructor dependency resolved from the container.</summary>
public sealed class DevelopmentSuggestionEnricher(ISuggestionCatalog catalog) : IProfileEnricher
{
    public static readonly ExtensionKey<string> Suggestion = new("suggestion");

    public string Name => "development";

    public void Enrich(in EnrichmentArguments arguments)
    {
        var lowest = arguments.Profile.Dimensions.MinBy(d => d.Position.Leadership ?? 1)!;
        arguments.Extensions.Set(Suggestion, catalog.SuggestionFor(lowest.DimensionId));
    }
}

/// <summary>An enricher with no dependencies, recording the enrichers that ran before it.</summary>
public sealed class CountingEnricher : IProfileEnricher
{
    public static readonly ExtensionKey<int> Count = new("count");

    public string Name => "counting";

    public void Enrich(in EnrichmentArguments arguments) => arguments.Extensions.Set(Count, arguments.Profile.Dimensions.Count);
}

/// <summary>Scores a scale as the largest of its values.</summary>
public sealed class MaxScorer : IScaleScorer
{
    public string Name => "max";

    public double Score(in ScaleScoringArguments arguments)
    {
        var max = double.NaN;
        foreach (var v in arguments.Values.Span)
        {
            max = double.IsNaN(max) || v > max ? v : max;
        }

        return max;
    }
}

/// <summary>Rejects every response set of a respondent named "blocked".</summary>
public sealed class BlockedRespondentValidator : IResponseValidator
{
    public string Name => "blocked-respondents";

    public void Validate(in ResponseValidationArguments arguments)
    {
        if (arguments.ResponseSet.RespondentId == "blocked")
        {
            arguments.Reject("respondent is blocked");
        }
    }
}

/// <summary>Scales without reverse keying.</summary>
public sealed class IgnoreKeyingTransform : IItemTransform
{
    public string Name => "ignore-keying";

    public double Transform(in ItemTransformArguments arguments) => arguments.Scale.ToUnit(arguments.RawValue);
}

/// <summary>Calls every profile "host-type".</summary>
public sealed class FixedClassifier : IProfileClassifier
{
    public string Name => "fixed";

    public string? Classify(in ClassificationArguments arguments) => "host-type";
}

/// <summary>Norms nothing; present to be named in the fingerprint.</summary>
public sealed class NoNormProvider : INormProvider
{
    public string Name => "no-norms";

    public NormScore? Compare(in NormArguments arguments) => null;

    public double? StandardError(string indexId) => null;
}

/// <summary>Records the indices of scored sets; registered as a singleton so tests can read it.</summary>
public sealed class RecordingObserver : ScoringObserver
{
    private readonly List<long> _scored = [];

    public IReadOnlyList<long> Scored
    {
        get
        {
            lock (_scored)
            {
                return [.. _scored];
            }
        }
    }

    public override void OnScored(in ProfileScoredArguments arguments)
    {
        lock (_scored)
        {
            _scored.Add(arguments.Index);
        }
    }
}
