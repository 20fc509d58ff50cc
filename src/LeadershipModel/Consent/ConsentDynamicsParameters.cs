using LeadershipModel.Internal;

namespace LeadershipModel.Consent;

/// <summary>
/// The parameters of <see cref="DefaultConsentDynamics"/>, written as a JSON record (<c>dynamics</c> in a
/// scenario file, with these names in camelCase).
/// </summary>
/// <remarks>
/// <para><b>These rules illustrate the seed's argument with transparent assumptions; they are not an empirical
/// finding.</b> Per step and follower:</para>
/// <list type="bullet">
/// <item><description>A follower who consents withdraws with chance
/// <c><see cref="WithdrawalBase"/> + <see cref="WithdrawalSlope"/> · (1 − grant)</c>, where grant is the mean of
/// their expert, informational and referent grant: the chance rises as the grant falls.</description></item>
/// <item><description>A follower who does not consent consents again with chance
/// <c>(<see cref="RegainBase"/> + <see cref="RegainPerExpertise"/> · expertise shown + <see cref="RegainPerCare"/> · care) · grant</c>:
/// consent is regained through shown expertise and care, and hardly at all once the grant is gone.</description></item>
/// <item><description>With chance equal to the expertise shown, the person shows expertise to the follower, who
/// raises their expert and informational grant by <see cref="ExpertiseGain"/>.</description></item>
/// <item><description>The carrot: a reward is offered to each follower the behaviour targets while fewer than
/// <see cref="RewardBudget"/> rewards have been offered in all. It buys compliance for the steps it is offered in
/// (the outcome mix moves toward reward power's), and stops when the budget is spent.</description></item>
/// <item><description>The stick: a sanction is threatened against each follower the behaviour targets. It buys
/// compliance and raises resistance for that step (the mix moves toward coercion's), and the follower lowers their
/// referent grant by <see cref="StickTrustCost"/> (<c>trust-broken</c>), which makes regaining consent less likely.</description></item>
/// </list>
/// <para>This type is immutable and thread-safe. Its checks run in the <c>init</c> accessors.</para>
/// </remarks>
public sealed record ConsentDynamicsParameters
{
    private readonly double _withdrawalBase = 0.01;
    private readonly double _withdrawalSlope = 0.3;
    private readonly double _regainBase = 0.02;
    private readonly double _regainPerExpertise = 0.3;
    private readonly double _regainPerCare = 0.3;
    private readonly double _expertiseGain = 0.05;
    private readonly int _rewardBudget = 30;
    private readonly double _stickTrustCost = 0.1;

    /// <summary>Gets the default parameters.</summary>
    public static ConsentDynamicsParameters Default { get; } = new();

    /// <summary>Gets the chance per step that a follower who consents withdraws even with a full grant, in [0, 1]; 0.01 by default.</summary>
    public double WithdrawalBase { get => _withdrawalBase; init => _withdrawalBase = Preconditions.UnitInterval(value, nameof(WithdrawalBase)); }

    /// <summary>Gets how much the chance of withdrawal rises as the grant falls from 1 to 0, in [0, 1]; 0.3 by default.</summary>
    public double WithdrawalSlope { get => _withdrawalSlope; init => _withdrawalSlope = Preconditions.UnitInterval(value, nameof(WithdrawalSlope)); }

    /// <summary>Gets the chance per step of regaining consent with a full grant and no expertise or care shown, in [0, 1]; 0.02 by default.</summary>
    public double RegainBase { get => _regainBase; init => _regainBase = Preconditions.UnitInterval(value, nameof(RegainBase)); }

    /// <summary>Gets the added chance of regaining consent per unit of expertise shown, in [0, 1]; 0.3 by default.</summary>
    public double RegainPerExpertise { get => _regainPerExpertise; init => _regainPerExpertise = Preconditions.UnitInterval(value, nameof(RegainPerExpertise)); }

    /// <summary>Gets the added chance of regaining consent per unit of care shown, in [0, 1]; 0.3 by default.</summary>
    public double RegainPerCare { get => _regainPerCare; init => _regainPerCare = Preconditions.UnitInterval(value, nameof(RegainPerCare)); }

    /// <summary>Gets how much one <c>expertise-shown</c> raises the expert and informational grant, in (0, 1]; 0.05 by default.</summary>
    public double ExpertiseGain
    {
        get => _expertiseGain;
        init => _expertiseGain = value > 0 && value <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(ExpertiseGain), value, "The gain must lie in (0, 1].");
    }

    /// <summary>Gets how many rewards can be offered in all, over every follower and step (the reward budget), at least 0; 30 by default.</summary>
    public int RewardBudget { get => _rewardBudget; init => _rewardBudget = Preconditions.InRange(value, 0, int.MaxValue, nameof(RewardBudget)); }

    /// <summary>Gets how much referent grant a follower withdraws for each sanction threatened against them, in [0, 1]; 0.1 by default.</summary>
    public double StickTrustCost { get => _stickTrustCost; init => _stickTrustCost = Preconditions.UnitInterval(value, nameof(StickTrustCost)); }
}
