using System.Globalization;
using System.Text;
using LeadershipModel.Campaigns.Data;
using LeadershipModel.Instruments;
using LeadershipModel.Responses;

namespace LeadershipModel.Campaigns.Campaigns;

/// <summary>
/// The admin's raw export: one row per submission with every answer and comment. Its first line says that it holds
/// each rater's answers and is not for the person. Raters appear as numbers, not by their labels.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class RawAnswersCsv
{
    /// <summary>The first line of every export.</summary>
    public const string Notice = "# RAW ANSWERS: this file contains each rater's individual answers and comments. It is for the campaign's administrator, never for the person rated.";

    /// <summary>Writes the export.</summary>
    /// <param name="instrument">The campaign's instrument.</param>
    /// <param name="submissions">The submissions.</param>
    /// <returns>The CSV text.</returns>
    public static string Write(Instrument instrument, IEnumerable<Submission> submissions)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(submissions);
        var builder = new StringBuilder();
        builder.Append(Notice).Append('\n');
        var header = new List<string> { "respondent", "role", "submitted_at" };
        header.AddRange(instrument.Items.Select(i => i.Id));
        header.AddRange(instrument.OpenQuestions.Select(q => "comment_" + q.Id));
        builder.AppendJoin(',', header.Select(Cell)).Append('\n');
        var n = 0;
        foreach (var s in submissions.OrderBy(s => s.SubmittedAt).ThenBy(s => s.Id))
        {
            var answers = AnswerJson.ReadAnswers(s.Answers);
            var comments = AnswerJson.ReadComments(s.Comments);
            var row = new List<string> { $"R{++n:D3}", RaterRoles.ToId(s.Role), s.SubmittedAt.ToString("O", CultureInfo.InvariantCulture) };
            row.AddRange(instrument.Items.Select(i => answers.TryGetValue(i.Id, out var v) ? v.ToString(CultureInfo.InvariantCulture) : string.Empty));
            row.AddRange(instrument.OpenQuestions.Select(q => comments.GetValueOrDefault(q.Id) ?? string.Empty));
            builder.AppendJoin(',', row.Select(Cell)).Append('\n');
        }

        return builder.ToString();
    }

    // Quotes where needed, and defuses text that a spreadsheet would run as a formula.
    private static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
