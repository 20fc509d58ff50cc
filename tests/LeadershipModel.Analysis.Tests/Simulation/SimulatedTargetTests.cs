using LeadershipModel.Analysis.Simulation;

namespace LeadershipModel.Analysis.Tests.Simulation;

public sealed class SimulatedTargetTests
{
    [Fact]
    public void Id_Blank_Throws()
    {
        var act = () => new SimulatedTarget { Id = " ", TrueScores = [1.0] };

        act.Should().Throw<ArgumentException>().WithParameterName("Id");
    }

    [Fact]
    public void Equals_SameIdAndScores_AreEqual()
    {
        var a = new SimulatedTarget { Id = "T1", TrueScores = [0.5, -1.0] };
        var b = new SimulatedTarget { Id = "T1", TrueScores = [0.5, -1.0] };

        a.Should().Be(b);
    }
}
