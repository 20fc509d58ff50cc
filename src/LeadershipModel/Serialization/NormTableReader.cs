using System.Globalization;
using System.Text.Json;
using LeadershipModel.Norms;

namespace LeadershipModel.Serialization;

/// <summary>
/// Reads a norm table from a parsed document, checking every rule of <see cref="NormTable.Create"/> and
/// <see cref="NormIndex.Create"/> with a path, so that building the table afterwards cannot throw.
/// </summary>
internal static class NormTableReader
{
    private static readonly string[] PerspectiveIds = ["self", "observer"];

    private static readonly string[] Properties = ["$schema", "id", "name", "sampleSize", "perspective", "indices"];
    private static readonly string[] IndexProperties = ["indexId", "sampleSize", "mean", "standardDeviation", "reliability", "points"];
    private static readonly string[] PointProperties = ["score", "percentile"];

    public static NormTable? Read(JsonElement root, JsonErrorList errors)
    {
        const string P = JsonPaths.Root;
        if (!JsonFields.BeginObject(root, P, Properties, errors))
        {
            return null;
        }
        var id = JsonFields.RequiredString(root, "id", P, errors);
        var name = JsonFields.RequiredString(root, "name", P, errors);
        var sampleSize = JsonFields.RequiredWhole(root, "sampleSize", P, 1, int.MaxValue, errors);
        var perspective = JsonFields.OptionalName(root, "perspective", P, PerspectiveIds, errors);
        var indices = JsonFields.List(root, "indices", P, required: true, ReadIndex, errors);
        JsonFields.UniqueIds(root, "indices", "indexId", P, errors, static (id, _) => $"Norm index '{id}' appears more than once.");
        return errors.Count != 0 ? null : NormTable.Create(id!, name!, (int)sampleSize!.Value, indices)
            .WithPerspective(perspective switch { "self" => NormPerspective.Self, "observer" => NormPerspective.Observer, _ => NormPerspective.Unspecified });
    }

    private static NormIndex? ReadIndex(JsonElement e, string path, JsonErrorList errors)
    {
        var before = errors.Count;
        JsonFields.RejectUnknown(e, path, IndexProperties, errors);
        var id = JsonFields.RequiredString(e, "indexId", path, errors);
        var sampleSize = JsonFields.RequiredWhole(e, "sampleSize", path, 1, int.MaxValue, errors);
        var mean = JsonFields.OptionalNumber(e, "mean", path, errors);
        var sd = JsonFields.OptionalNumberIn(e, "standardDeviation", path, 0, double.MaxValue, errors);
        var reliability = JsonFields.OptionalNumberIn(e, "reliability", path, 0, 1, errors);
        var points = ReadPoints(e, path, errors);
        return errors.Count != before ? null : NormIndex.Create(id!, (int)sampleSize!.Value, points, mean, sd, reliability);
    }

    private static List<NormPoint> ReadPoints(JsonElement e, string path, JsonErrorList errors)
    {
        var points = new List<NormPoint>();
        if (JsonFields.Array(e, "points", path, required: true, errors) is not { } array)
        {
            return points;
        }

        var p = JsonPaths.Property(path, "points");
        if (array.GetArrayLength() == 0)
        {
            errors.Add(p, JsonErrorCodes.InvalidValue, "A norm index needs at least one point.");
            return points;
        }

        var i = 0;
        NormPoint? previous = null;
        foreach (var element in array.EnumerateArray())
        {
            var ep = JsonPaths.Index(p, i++);
            if (!JsonFields.ExpectObject(element, ep, errors))
            {
                previous = null;
                continue;
            }

            JsonFields.RejectUnknown(element, ep, PointProperties, errors);
            var score = JsonFields.RequiredNumber(element, "score", ep, errors);
            var percentile = JsonFields.RequiredNumberIn(element, "percentile", ep, 0, 100, errors);
            if (score is not { } s || percentile is not { } pc)
            {
                previous = null;
                continue;
            }

            if (previous is not null && !(s > previous.Score))
            {
                errors.Add(JsonPaths.Property(ep, "score"), JsonErrorCodes.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"Points must be sorted by score, each higher than the one before; {s} follows {previous.Score}."));
            }

            if (previous is not null && pc < previous.Percentile)
            {
                errors.Add(JsonPaths.Property(ep, "percentile"), JsonErrorCodes.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"Percentiles must not decrease; {pc} follows {previous.Percentile}."));
            }

            previous = new NormPoint(s, pc);
            points.Add(previous);
        }

        return points;
    }
}
