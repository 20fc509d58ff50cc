using System.Text.Json;
using LeadershipModel.Responses;

namespace LeadershipModel.Serialization;

/// <summary>Reads response sets from a parsed document, collecting every problem with its path.</summary>
internal static class ResponseSetReader
{
    private static readonly string[] Properties = ["$schema", "instrumentId", "instrumentVersion", "respondentId", "targetId", "role", "answers", "comments"];

    public static ResponseSet? ReadOne(JsonElement e, string path, JsonErrorList errors)
    {
        var before = errors.Count;
        if (!JsonFields.BeginObject(e, path, Properties, errors))
        {
            return null;
        }
        var instrumentId = JsonFields.RequiredString(e, "instrumentId", path, errors);
        var instrumentVersion = JsonFields.RequiredString(e, "instrumentVersion", path, errors);
        var respondentId = JsonFields.RequiredString(e, "respondentId", path, errors);
        var targetId = JsonFields.OptionalString(e, "targetId", path, errors);
        var role = JsonFields.OptionalName(e, "role", path, JsonNames.RaterRoleIds, errors);
        var answers = ReadAnswers(e, path, errors);
        var comments = ReadComments(e, path, errors);
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
            Comments = comments.ToEquatableArray(),
        };
    }


    private static List<KeyValuePair<string, string>> ReadComments(JsonElement e, string path, JsonErrorList errors)
    {
        var comments = new List<KeyValuePair<string, string>>();
        var p = JsonPaths.Property(path, "comments");
        if (!JsonFields.TryGet(e, "comments", out var obj) || !JsonFields.ExpectObject(obj, p, errors))
        {
            return comments;
        }

        foreach (var property in obj.EnumerateObject())
        {
            var cp = JsonPaths.Property(p, property.Name);
            if (string.IsNullOrWhiteSpace(property.Name))
            {
                errors.Add(cp, JsonErrorCodes.Required, "A comment needs a non-empty open-question id.");
            }
            else if (property.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(property.Value.GetString()))
            {
                errors.Add(cp, JsonErrorCodes.InvalidValue, $"A comment must be a non-empty string, not {JsonFields.Describe(property.Value.ValueKind)}.");
            }
            else
            {
                comments.Add(new(property.Name, property.Value.GetString()!));
            }
        }

        return comments;
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
