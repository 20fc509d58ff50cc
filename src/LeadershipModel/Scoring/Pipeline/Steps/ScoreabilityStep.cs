using System.Globalization;

namespace LeadershipModel.Scoring;

/// <summary>Rejects a set in which no dimension, power base or construct could be scored.</summary>
internal sealed class ScoreabilityStep(MissingDataOptions options) : PipelineStep(PipelineSteps.MissingData, "scoreable", "Missing-data policy")
{
    public override void Run(ScoringContext context)
    {
        if (context.DimensionsScored == 0 && context.AuthorityMeasurement is null && !context.ConstructsScored)
        {
            context.Reject([new RejectionReason(RejectionCodes.InsufficientData,
                $"No scale could be scored: {context.Answered} of {context.ItemCount} items answered, and every scale needs at least {options.MinimumAnsweredShare.ToString("P0", CultureInfo.InvariantCulture)} of its items.",
                Step: PipelineSteps.MissingData)]);
        }
    }
}
