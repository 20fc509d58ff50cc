using System.Text.Json;
using LeadershipModel.Responses;

namespace LeadershipModel.Serialization;

/// <summary>Reads response sets from a parsed document, collecting every problem with its path.</summary>
internal static class ResponseSetReader
{
    private static readonly string[] Properties = ["$schema", "instrumentId", "instrumentVersion", "respondentId", "targetId", "role", "answers"];

    public static ResponseSet? ReadOne(JsonElement e, string path, JsonErrorList errors)
    {
        var before = errors.Count;
        if (!JsonFields.ExpectObject(e, path, errors))
        {
            return null;
        }

        JsonFields.RejectUnknown(e, path, Properties, errors);
        JsonFields.OptionalString(e, "$schema", path, errors);
        var instrumentId = JsonFields.RequiredString(e, "instrumentId", path, errors);
        var instrumentVersion = JsonFields.RequiredString(e, "instrumentVersion", path, errors);
        var respondentId = JsonFields.RequiredString(e, "respondentId", path, errors);
        var targetId = JsonFields.OptionalString(e, "targetId", path, errors);
        var role = JsonFields.OptionalName(e, "role", path, JsonNames.RaterRoleIds, errors);
        var answers = ReadAnswers(e, path, errors);
        if (errors.Count != before)
        {
            return null;
        }

        var raterRole = role is not null && RaterRoles.TryParse(role, out var parsed) ? parsed : RaterRole.Self;
        return new ResponseSet
        {
            InstrumentId = instrumentId!,
            InstrumentVersion = instrumentVersion!,
            RespondentId = respondentId!,
            TargetId = targetId,
            Role = raterRole,
            Answers = answers.ToEquatableArray(),
        };
    }


    private static List<Answer> ReadAnswers(JsonElement e, string path, JsonErrorList errors)
    {
        var answers = new List<Answer>();
        var p = JsonPaths.Property(path, "answers");
        if (!JsonFields.TryGet(e, "answers", out var obj))
        {
            errors.Add(p, JsonErrorCodes.Required, "'answers' is required.");
            return answers;
        }

        if (!JsonFields.ExpectObject(obj, p, errors))
        {
            return answers;
        }

        foreach (var property in obj.EnumerateObject())
        {
            var ap = JsonPaths.Property(p, property.Name);
            if (string.IsNullOrWhiteSpace(property.Name))
            {
                errors.Add(ap, JsonErrorCodes.Required, "An answer needs a non-empty item id.");
            }
            else if (property.Value.ValueKind == JsonValueKind.Null)
            {
                answers.Add(new Answer(property.Name, null));
            }
            else if (property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetDouble(out var v) && double.IsFinite(v))
            {
                answers.Add(new Answer(property.Name, v));
            }
            else
            {
                errors.Add(ap, JsonErrorCodes.InvalidValue, $"An answer must be a finite number, or null when skipped, not {JsonFields.Describe(property.Value.ValueKind)}.");
            }
        }

        return answers;
    }
}
