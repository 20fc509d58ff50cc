using System.Text.Json;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

namespace LeadershipModel.Serialization;

/// <summary>Reads rejections from a parsed document, collecting every problem with its path.</summary>
internal static class RejectionReader
{
    private static readonly string[] Properties = ["$schema", "index", "respondentId", "targetId", "role", "instrumentId", "reasons"];
    private static readonly string[] ReasonProperties = ["code", "message", "itemId", "step"];

    public static Rejection? ReadOne(JsonElement e, string path, JsonErrorList errors)
    {
        var before = errors.Count;
        if (!JsonFields.ExpectObject(e, path, errors))
        {
            return null;
        }

        JsonFields.RejectUnknown(e, path, Properties, errors);
        JsonFields.OptionalString(e, "$schema", path, errors);
        var index = JsonFields.RequiredWhole(e, "index", path, 0, long.MaxValue, errors);
        var respondentId = JsonFields.OptionalText(e, "respondentId", path, errors);
        var targetId = JsonFields.OptionalText(e, "targetId", path, errors);
        var role = JsonFields.OptionalName(e, "role", path, JsonNames.RaterRoleIds, errors);
        var instrumentId = JsonFields.OptionalText(e, "instrumentId", path, errors);
        var reasons = JsonFields.List(e, "reasons", path, required: true, ReadReason, errors);
        if (errors.Count == before && reasons.Count == 0)
        {
            errors.Add(JsonPaths.Property(path, "reasons"), JsonErrorCodes.InvalidValue, "A rejection needs at least one reason.");
        }

        return errors.Count != before ? null : new Rejection
        {
            Index = index!.Value,
            RespondentId = respondentId,
            TargetId = targetId,
            Role = role is not null && RaterRoles.TryParse(role, out var r) ? r : RaterRole.Self,
            InstrumentId = instrumentId,
            Reasons = reasons,
        };
    }


    private static RejectionReason? ReadReason(JsonElement e, string path, JsonErrorList errors)
    {
        var before = errors.Count;
        JsonFields.RejectUnknown(e, path, ReasonProperties, errors);
        var code = JsonFields.RequiredString(e, "code", path, errors);
        var message = JsonFields.RequiredText(e, "message", path, errors);
        var itemId = JsonFields.OptionalText(e, "itemId", path, errors);
        var step = JsonFields.OptionalString(e, "step", path, errors);
        return errors.Count != before ? null : new RejectionReason(code!, message!, itemId, step ?? PipelineSteps.Validation);
    }
}
