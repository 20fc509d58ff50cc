using LeadershipModel.Instruments;

namespace LeadershipModel.Analysis.Matrix;

/// <content>Building a matrix from the engine's response sets.</content>
public sealed partial class ResponseMatrix
{
    /// <summary>
    /// Builds a matrix with one row per response set and one column per item of the instrument, in the instrument's
    /// item order; each row keeps the set's respondent, target and role. An unanswered item is missing.
    /// </summary>
    /// <param name="responseSets">The response sets, all answering <paramref name="instrument"/>.</param>
    /// <param name="instrument">The instrument whose items are the columns.</param>
    /// <returns>The matrix (compact when every answer is a whole number in 0..254).</returns>
    /// <exception cref="ArgumentException">A set answers an item the instrument does not have.</exception>
    public static ResponseMatrix FromResponseSets(IEnumerable<ResponseSet> responseSets, Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(responseSets);
        ArgumentNullException.ThrowIfNull(instrument);
        var builder = CreateBuilder(instrument.Items.Select(i => i.Id));
        var row = new double[instrument.Items.Count];
        var index = 0;
        foreach (var set in responseSets)
        {
            ArgumentNullException.ThrowIfNull(set, nameof(responseSets));
            Array.Fill(row, double.NaN);
            foreach (var answer in set.Answers)
            {
                var column = instrument.IndexOfItem(answer.ItemId);
                if (column < 0)
                {
                    throw new ArgumentException($"Response set {index} ({set.RespondentId}) answers item '{answer.ItemId}', which instrument '{instrument.Id}' does not have.", nameof(responseSets));
                }

                row[column] = answer.Value ?? double.NaN;
            }

            builder.AddRow(new RespondentInfo { RespondentId = set.RespondentId, TargetId = set.EffectiveTargetId, Role = set.Role }, row);
            index++;
        }

        return builder.Build();
    }
}
