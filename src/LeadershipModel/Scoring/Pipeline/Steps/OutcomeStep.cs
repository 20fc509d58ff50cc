namespace LeadershipModel.Scoring;

/// <summary>
/// Completes the authority profile with the expected influence outcome from the outcome model. If the model
/// faults, the default strength-weighted model gives the outcome, as it would without the host's model.
/// </summary>
internal sealed class OutcomeStep(IInfluenceOutcomeModel outcomeModel, AuthorityModel model)
    : PipelineStep(PipelineSteps.DerivedIndices, outcomeModel.Name, "Outcome model")
{
    public override StepFallback Fallback => StepFallback.Record;

    public override void Run(ScoringContext context)
    {
        if (context.AuthorityMeasurement is { } measurement)
        {
            var outcome = outcomeModel.Estimate(measurement.Bases, model);
            context.Authority = measurement.Complete(outcome);
        }
    }

    public override void OnFault(ScoringContext context)
    {
        if (context.AuthorityMeasurement is { } measurement)
        {
            context.Authority = measurement.Complete(StrengthWeightedOutcomeModel.Instance.Estimate(measurement.Bases, model));
        }
    }
}
