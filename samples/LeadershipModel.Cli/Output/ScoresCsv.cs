using LeadershipModel.Analysis.Reliability;
using LeadershipModel.Analysis.Scoring;
using nietras.SeparatedValues;

namespace LeadershipModel.Cli.Output;

/// <summary>Writes scoreItems scale scores: one row per data row, one column per scale, named as the scale.</summary>
internal static class ScoresCsv
{
    public static void Write(string path, ScoreItemsResult result, IReadOnlyList<ScaleKey> keys)
    {
        using var writer = Sep.New(',').Writer(o => o with { Escape = true }).ToFile(path);
        var columns = keys.Select(k => result.GetScaleScores(k.Name)).ToList();
        var names = keys.Select(k => SpreadsheetSafe.Text(k.Name)).ToArray();
        writer.Header.Add(names);
        for (var row = 0; row < result.RespondentCount; row++)
        {
            using var line = writer.NewRow();
            for (var s = 0; s < names.Length; s++)
            {
                line[names[s]].Set(Numbers.Full(columns[s][row]));
            }
        }
    }
}
