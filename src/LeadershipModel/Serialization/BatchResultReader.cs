using System.Globalization;
using System.Text.Json;
using LeadershipModel.Scoring;

namespace LeadershipModel.Serialization;

/// <summary>Reads a batch result: its profiles and rejections, and counts that must match them.</summary>
internal static class BatchResultReader
{
    private static readonly string[] Properties = ["scored", "rejected", "profiles", "rejections"];

    public static BatchScoringResult? Read(JsonElement root, JsonErrorList errors)
    {
        const string P = JsonPaths.Root;
        if (!JsonFields.ExpectObject(root, P, errors))
        {
            return null;
        }

        JsonFields.RejectUnknown(root, P, Properties, errors);
        var scored = JsonFields.RequiredWhole(root, "scored", P, 0, int.MaxValue, errors);
        var rejected = JsonFields.RequiredWhole(root, "rejected", P, 0, int.MaxValue, errors);
        var profiles = JsonFields.List(root, "profiles", P, required: true, ProfileReader.ReadOne, errors);
        var rejections = JsonFields.List(root, "rejections", P, required: true, RejectionReader.ReadOne, errors);
        if (errors.Count != 0)
        {
            return null;
        }

        CheckCount(scored!.Value, profiles.Count, "scored", "profiles", errors);
        CheckCount(rejected!.Value, rejections.Count, "rejected", "rejections", errors);
        return errors.Count != 0 ? null : new BatchScoringResult { Profiles = profiles, Rejections = rejections };
    }

    private static void CheckCount(long count, int actual, string name, string arrayName, JsonErrorList errors)
    {
        if (count != actual)
        {
            errors.Add(
                JsonPaths.Property(JsonPaths.Root, name),
                JsonErrorCodes.InvalidValue,
                string.Create(CultureInfo.InvariantCulture, $"'{name}' is {count}, but '{arrayName}' holds {actual}."));
        }
    }
}
