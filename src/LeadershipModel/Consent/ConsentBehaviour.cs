using LeadershipModel.Internal;

namespace LeadershipModel.Consent;

/// <summary>What the person does at each step of a phase: which levers they pull, and how much expertise and care they show.</summary>
/// <remarks>This type is immutable and thread-safe. Its checks run in the <c>init</c> accessors.</remarks>
public sealed record ConsentBehaviour
{
    private readonly ConsentLeverUse _carrot;
    private readonly ConsentLeverUse _stick;
    private readonly double _showExpertise;
    private readonly double _care;

    /// <summary>Gets behaviour that does nothing: no lever, no expertise shown, no care.</summary>
    public static ConsentBehaviour Passive { get; } = new();

    /// <summary>Gets whom a reward is offered to (the carrot), while the reward budget lasts.</summary>
    public ConsentLeverUse Carrot { get => _carrot; init => _carrot = Preconditions.Defined(value, nameof(Carrot)); }

    /// <summary>Gets whom a sanction is threatened against (the stick).</summary>
    public ConsentLeverUse Stick { get => _stick; init => _stick = Preconditions.Defined(value, nameof(Stick)); }

    /// <summary>Gets how much expertise the person shows, in [0, 1]: the chance per step and follower of an <c>expertise-shown</c> event, and a weight on the chance of regaining consent.</summary>
    public double ShowExpertise { get => _showExpertise; init => _showExpertise = Preconditions.UnitInterval(value, nameof(ShowExpertise)); }

    /// <summary>Gets how much care the person shows, in [0, 1]: a weight on the chance of regaining consent.</summary>
    public double Care { get => _care; init => _care = Preconditions.UnitInterval(value, nameof(Care)); }
}
