namespace LeadershipModel.Scoring;

/// <summary>Measures the power bases, the sources of authority and the follower-conferred share under the authority model (the outcome model runs apart).</summary>
internal sealed class AuthorityStep(AuthorityModel model) : PipelineStep(PipelineSteps.DerivedIndices, "authority", "Authority model")
{
    public override void Run(ScoringContext context)
    {
        var scales = context.Scales!;
        Span<double> bases = stackalloc double[AuthorityProfile.PowerBaseCount];
        bases.Fill(double.NaN);
        var measured = 0;
        // The compiled bases are distinct named values and the scores are checked, in [0, 1] or NaN (not scored):
        // they go into the span as they are, without AuthorityProfile.Add's checks for callers' values.
        foreach (var (powerBase, s) in context.Instrument.Bases)
        {
            var strength = scales[s].ScoreOrNaN;
            if (!double.IsNaN(strength))
            {
                bases[(int)powerBase] = strength;
                measured++;
            }
        }

        context.AuthorityMeasurement = measured > 0 ? AuthorityProfile.Measure(bases, model) : null;
    }

    public override void Describe(StepDescription description)
    {
        var sources = model.Sources.Select(s => $"{s.Source}:{s.ConferredBy}:{s.FollowersCanWithdraw}:{s.IsOwnPower}");
        var bases = model.Bases.Select(b => $"{b.Base}:{b.Source}:{b.Lever}:{StepDescription.Number(b.DefaultOutcome.Commitment)},{StepDescription.Number(b.DefaultOutcome.Compliance)},{StepDescription.Number(b.DefaultOutcome.Resistance)}");
        description.AddData("model", string.Join(";", sources) + "/" + string.Join(";", bases));
    }
}
