using System.Globalization;
using System.Text;
using LeadershipModel.Instruments;

namespace LeadershipModel.Analysis.Simulation;

/// <summary>The CSV layout of simulated samples: <c>respondent,target,role</c>, then one column per item, then (when
/// comments are simulated) one column per open question; invariant numbers, an empty cell for a missing answer or
/// comment, <c>\n</c> line ends.</summary>
internal static class SimulationCsv
{
    public static void WriteHeader(TextWriter writer, StringBuilder line, Instrument instrument, bool comments)
    {
        line.Clear();
        line.Append("respondent,target,role");
        foreach (var item in instrument.Items)
        {
            line.Append(',').Append(item.Id);
        }

        if (comments)
        {
            foreach (var question in instrument.OpenQuestions)
            {
                line.Append(',').Append(question.Id);
            }
        }

        line.Append('\n');
        writer.Write(line);
    }

    public static void WriteRow(TextWriter writer, StringBuilder line, ResponseSet set, Instrument instrument, bool comments)
    {
        line.Clear();
        line.Append(set.RespondentId).Append(',').Append(set.EffectiveTargetId).Append(',').Append(RaterRoles.ToId(set.Role));
        foreach (var answer in set.Answers)
        {
            line.Append(',');
            if (answer.Value is { } v)
            {
                line.Append(v.ToString("R", CultureInfo.InvariantCulture));
            }
        }

        if (comments)
        {
            foreach (var question in instrument.OpenQuestions)
            {
                line.Append(',');
                foreach (var (questionId, text) in set.Comments)
                {
                    if (questionId == question.Id)
                    {
                        line.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
                    }
                }
            }
        }

        line.Append('\n');
        writer.Write(line);
    }
}
