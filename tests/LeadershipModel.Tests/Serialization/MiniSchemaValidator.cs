using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LeadershipModel.Tests.Serialization;

/// <summary>
/// Validates a document against a JSON Schema using the keywords our schemas use: <c>$ref</c> (local),
/// <c>oneOf</c>, <c>type</c>, <c>enum</c>, <c>required</c>, <c>properties</c>, <c>additionalProperties: false</c>,
/// <c>items</c>, <c>minItems</c>, <c>maxItems</c>, <c>minimum</c>, <c>maximum</c>, <c>exclusiveMinimum</c>,
/// <c>minLength</c> and <c>pattern</c>. An unknown keyword fails the validation, so that a schema cannot silently
/// use more than this checks.
/// </summary>
internal sealed class MiniSchemaValidator(string schemaText)
{
    private static readonly HashSet<string> Known = ["$schema", "$id", "$ref", "$defs", "title", "description", "oneOf", "type", "enum", "required", "properties", "additionalProperties", "items", "minItems", "maxItems", "minimum", "maximum", "exclusiveMinimum", "minLength", "pattern"];
    private readonly JsonObject _root = JsonNode.Parse(schemaText)!.AsObject();

    public List<string> Validate(JsonNode? document)
    {
        var errors = new List<string>();
        Check(_root, document, "$", errors);
        return errors;
    }

    private void Check(JsonObject schema, JsonNode? value, string path, List<string> errors)
    {
        foreach (var (keyword, _) in schema)
        {
            if (!Known.Contains(keyword))
            {
                errors.Add($"{path}: the schema uses '{keyword}', which this validator does not check");
            }
        }

        if (schema["$ref"] is JsonValue r)
        {
            var name = r.GetValue<string>().Replace("#/$defs/", string.Empty, StringComparison.Ordinal);
            Check(_root["$defs"]![name]!.AsObject(), value, path, errors);
        }

        if (schema["oneOf"] is JsonArray oneOf)
        {
            var matches = oneOf.Count(s => { var e = new List<string>(); Check(s!.AsObject(), value, path, e); return e.Count == 0; });
            if (matches != 1)
            {
                errors.Add($"{path}: matches {matches} of the oneOf schemas");
            }
        }

        if (schema["type"] is JsonNode type)
        {
            var types = type is JsonArray a ? a.Select(t => t!.GetValue<string>()).ToList() : [type.GetValue<string>()];
            if (!types.Any(t => IsType(value, t)))
            {
                errors.Add($"{path}: is not {string.Join(" or ", types)}");
                return;
            }
        }

        if (schema["enum"] is JsonArray values && !values.Any(v => JsonNode.DeepEquals(v, value)))
        {
            errors.Add($"{path}: {value?.ToJsonString()} is not one of the listed values");
        }

        if (value is JsonObject obj)
        {
            foreach (var name in (schema["required"] as JsonArray)?.Select(n => n!.GetValue<string>()) ?? [])
            {
                if (!obj.ContainsKey(name))
                {
                    errors.Add($"{path}: '{name}' is required");
                }
            }

            var properties = schema["properties"] as JsonObject;
            foreach (var (name, child) in obj)
            {
                if (properties?[name] is JsonObject propertySchema)
                {
                    Check(propertySchema, child, path + "." + name, errors);
                }
                else if (schema["additionalProperties"] is JsonValue additional && !additional.GetValue<bool>())
                {
                    errors.Add($"{path}: '{name}' is not declared");
                }
            }
        }

        if (value is JsonArray array)
        {
            if (schema["minItems"] is JsonValue min && array.Count < min.GetValue<int>())
            {
                errors.Add($"{path}: fewer than {min} items");
            }

            if (schema["maxItems"] is JsonValue max && array.Count > max.GetValue<int>())
            {
                errors.Add($"{path}: more than {max} items");
            }

            if (schema["items"] is JsonObject items)
            {
                for (var i = 0; i < array.Count; i++)
                {
                    Check(items, array[i], $"{path}[{i}]", errors);
                }
            }
        }

        if (value is JsonValue v && v.TryGetValue<double>(out var number))
        {
            if (schema["minimum"] is JsonValue lo && number < lo.GetValue<double>())
            {
                errors.Add($"{path}: {number} is below {lo}");
            }

            if (schema["maximum"] is JsonValue hi && number > hi.GetValue<double>())
            {
                errors.Add($"{path}: {number} is above {hi}");
            }

            if (schema["exclusiveMinimum"] is JsonValue xlo && number <= xlo.GetValue<double>())
            {
                errors.Add($"{path}: {number} is not above {xlo}");
            }
        }

        if (value is JsonValue s && s.TryGetValue<string>(out var text))
        {
            if (schema["minLength"] is JsonValue minLength && text.Length < minLength.GetValue<int>())
            {
                errors.Add($"{path}: shorter than {minLength}");
            }

            if (schema["pattern"] is JsonValue pattern && !Regex.IsMatch(text, pattern.GetValue<string>()))
            {
                errors.Add($"{path}: '{text}' does not match {pattern}");
            }
        }
    }

    private static bool IsType(JsonNode? value, string type) => type switch
    {
        "null" => value is null,
        "object" => value is JsonObject,
        "array" => value is JsonArray,
        "string" => value is JsonValue v && v.TryGetValue<string>(out _),
        "boolean" => value is JsonValue b && b.TryGetValue<bool>(out _),
        "integer" => value is JsonValue i && i.TryGetValue<double>(out var d) && d == Math.Floor(d),
        "number" => value is JsonValue n && n.TryGetValue<double>(out _),
        _ => false,
    };
}
