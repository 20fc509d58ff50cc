namespace LeadershipModel.Scoring;

/// <summary>Rejects the set with every problem the validation steps found.</summary>
internal sealed class ValidationVerdictStep() : PipelineStep(PipelineSteps.Validation, "verdict", "Validation")
{
    public override void Run(ScoringContext context)
    {
        if (context.Problems is { Count: > 0 } problems)
        {
            context.Reject(problems);
        }
    }
}
