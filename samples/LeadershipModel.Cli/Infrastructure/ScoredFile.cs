using LeadershipModel.Analysis.Responses;
using LeadershipModel.Instruments;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

namespace LeadershipModel.Cli.Infrastructure;

/// <summary>A CSV of responses read and scored whole: its response sets, profiles, and the count of rejected rows (each reported on stderr).</summary>
internal sealed record ScoredFile(FileInfo File, IReadOnlyList<ResponseSet> Sets, IReadOnlyList<LeadershipProfile> Profiles, int Rejected)
{
    public static ScoredFile Read(FileInfo file, Instrument instrument, ScoringEngine engine, CliConsole console, ResponseSetReadOptions? options = null)
    {
        if (!file.Exists)
        {
            throw new CliException($"{file}: no such file.");
        }

        var responses = InstrumentResponseReader.ReadCsvFile(file.FullName, instrument, options);
        foreach (var rejection in responses.Rejections)
        {
            console.WriteError(rejection.Message);
        }

        if (responses.MissingItemIds.Count > 0)
        {
            console.WriteWarning($"{file.Name}: {responses.MissingItemIds.Count} of the {instrument.Items.Count} items of '{instrument.Id}' have no column and count as unanswered.");
        }

        var sets = new List<ResponseSet>();
        var profiles = new List<LeadershipProfile>();
        var rejected = responses.Rejections.Count;
        for (var k = 0; k < responses.Sets.Count; k++)
        {
            var result = engine.Score(responses.Sets[k].ResponseSet, k);
            if (result.IsScored)
            {
                sets.Add(responses.Sets[k].ResponseSet);
                profiles.Add(result.Profile);
            }
            else
            {
                rejected++;
                console.WriteError(responses.Sets[k].Source.Describe(result.Rejection));
            }
        }

        return new ScoredFile(file, sets, profiles, rejected);
    }
}
