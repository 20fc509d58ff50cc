using LeadershipModel.Instruments;
using LeadershipModel.Interactive;

namespace LeadershipModel.Snippets.Readme;

/// <summary>The compiled C# block of src/LeadershipModel.Interactive/README.md (the other is a notebook cell).</summary>
public static class InteractiveReadme
{
    public static void Options(Instrument myInstrument)
    {
        #region formatter-options
        LeadershipModelFormatters.Register(new LeadershipModelFormatterOptions
        {
            Dimensions = myInstrument.Dimensions,
            Report = new() { Decimals = 3 },
            StatisticsDecimals = 2,
        });
        #endregion
    }
}
