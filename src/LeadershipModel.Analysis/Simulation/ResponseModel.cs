namespace LeadershipModel.Analysis.Simulation;

/// <summary>How <see cref="ResponseSimulator"/> turns a rater's perceived latent score into an answer.</summary>
/// <remarks>The exact definitions are in <see cref="SimulationOptions"/>.</remarks>
public enum ResponseModel
{
    /// <summary>Samejima's graded-response model (logistic): <c>P(answer ≥ min + j) = 1 / (1 + exp(−a·(θ − b_j)))</c>,
    /// with thresholds <c>b_j</c> derived from the scale's points and the discrimination <c>a</c> from the target
    /// reliability. Needs an integer scale.</summary>
    GradedResponse,

    /// <summary>A tau-equivalent (here parallel) continuous model: <c>y = θ + e</c>, <c>e ~ N(0, σ_e²)</c> with
    /// <c>σ_e</c> derived from the target reliability, mapped linearly onto the scale, clamped, and rounded to whole
    /// numbers on an integer scale.</summary>
    TauEquivalent,
}
