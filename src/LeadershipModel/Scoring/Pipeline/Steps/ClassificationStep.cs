namespace LeadershipModel.Scoring;

/// <summary>Names the profile type with the classifier (by default the overall quadrant's name). If it faults, the profile has no type.</summary>
internal sealed class ClassificationStep(IProfileClassifier classifier, double threshold) : PipelineStep(PipelineSteps.Classification, classifier.Name, "Classifier")
{
    public override StepFallback Fallback => StepFallback.Record;

    public override void Run(ScoringContext context)
    {
        var overall = context.Overall!;
        var type = classifier.Classify(new ClassificationArguments(overall, EquatableArray<DimensionScore>.TakeOwnership(context.Dimensions!), context.Authority, threshold));
        if (type is not null)
        {
            context.Overall = overall with { ProfileType = type };
        }
    }

    public override void Describe(StepDescription description) => description.Add("threshold", threshold);
}
