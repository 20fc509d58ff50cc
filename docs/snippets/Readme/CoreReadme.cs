using LeadershipModel.Responses;
using LeadershipModel.Scoring;
using LeadershipModel.Serialization;

namespace LeadershipModel.Snippets.Readme;

/// <summary>The C# blocks of src/LeadershipModel/README.md.</summary>
public static class CoreReadme
{
    public static DimensionPosition Position()
    {
        #region position
        var position = DimensionPosition.FromStrengths(management: 0.7, leadership: 0.8);
        // position.Quadrant == Quadrant.Integrator
        #endregion
        return position;
    }

    public static IReadOnlyList<JsonError> InstrumentErrors()
    {
        #region instrument-errors
        var result = JsonFormats.Instrument.Read(File.ReadAllText("samples/data/instrument.json"));
        if (!result.IsSuccess)
        {
            foreach (var error in result.Errors)
            {
                Console.WriteLine(error); // $.items[3].target.dimension: Item 'Q4' targets dimension 'x', ... [unknown-target]
            }
        }
        #endregion
        return result.Errors;
    }

    public static async Task WriteProfiles(ScoringEngine engine, IAsyncEnumerable<ResponseSet> responseSets)
    {
        #region profile-json-writer
        await using var output = File.Create("profiles.json");
        await using var writer = new ProfileJsonWriter(output, indented: false);
        await foreach (var result in engine.ScoreAsync(responseSets))
        {
            if (result.Profile is { } profile)
            {
                await writer.WriteAsync(profile);
            }
        }
        #endregion
    }
}
