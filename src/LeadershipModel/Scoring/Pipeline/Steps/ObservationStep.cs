namespace LeadershipModel.Scoring;

/// <summary>Tells one observer of the scored profile or the rejection. Observers see results and never change them, so they are not in the fingerprint.</summary>
internal sealed class ObservationStep(ScoringObserver observer) : PipelineStep(PipelineSteps.Observation, observer.Name, "Observer")
{
    public override StepFallback Fallback => StepFallback.Record;

    public override bool RunsOnRejection => true;

    public override bool AffectsResults => false;

    public override void Run(ScoringContext context)
    {
        if (context.Rejection is { } rejection)
        {
            observer.OnRejected(new ResponseRejectedArguments(context.Set, rejection));
        }
        else
        {
            observer.OnScored(new ProfileScoredArguments(context.Index, context.Set, context.PublishedProfile));
        }
    }
}
