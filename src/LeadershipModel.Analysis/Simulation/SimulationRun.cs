using LeadershipModel.Instruments;

namespace LeadershipModel.Analysis.Simulation;

/// <summary>Everything a simulation needs that does not change from target to target, checked before generating.</summary>
internal sealed record SimulationRun(
    Instrument Instrument,
    SimulationOptions Options,
    List<ItemTarget> Traits,
    ResponseSimulator.ItemPlan[] Plans,
    double[] Thresholds,
    List<RaterGroup> Groups,
    int BaseCount,
    int ConstructCount,
    (int[] Traits, double Delta)[] Changes,
    double[]? DimensionCholesky);
