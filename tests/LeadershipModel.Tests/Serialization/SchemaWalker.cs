using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeadershipModel.Tests.Serialization;

/// <summary>
/// A small JSON Schema walker for tests: it follows a document through a schema (local <c>$ref</c>,
/// <c>oneOf</c>/<c>anyOf</c> branches that fit the value's type, <c>properties</c>, <c>additionalProperties</c>,
/// <c>items</c>) and reports, for every property met, the schemas that declare it. It validates nothing else.
/// </summary>
internal sealed class SchemaWalker(string schemaText)
{
    private readonly JsonNode _schema = JsonNode.Parse(schemaText)!;

    /// <summary>One property of the document and the schemas that declare it (empty when undeclared).</summary>
    public sealed record Property(List<object> Segments, string Path, string Name, JsonNode? Value, List<JsonObject> Schemas, List<JsonObject> ParentSchemas);

    public List<Property> Properties(JsonNode document)
    {
        var found = new List<Property>();
        Walk(document, [_schema.AsObject()], [], "$", found);
        return found;
    }

    public static string PathOf(string parent, string name)
        => name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] is '_' or '$') && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '$')
            ? parent + "." + name
            : parent + "['" + name + "']";

    private void Walk(JsonNode? node, List<JsonObject> schemas, List<object> segments, string path, List<Property> found)
    {
        var candidates = schemas.SelectMany(s => Expand(s, node)).ToList();
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    var declaring = new List<JsonObject>();
                    foreach (var c in candidates)
                    {
                        if (c["properties"] is JsonObject props && props[name] is JsonObject p)
                        {
                            declaring.Add(Resolve(p));
                        }
                        else if (c["additionalProperties"] is JsonObject additional)
                        {
                            declaring.Add(Resolve(additional));
                        }
                    }

                    var childPath = PathOf(path, name);
                    List<object> childSegments = [.. segments, name];
                    found.Add(new Property(childSegments, childPath, name, value, declaring, candidates));
                    Walk(value, declaring, childSegments, childPath, found);
                }

                break;
            case JsonArray array:
                var itemSchemas = candidates.Select(c => c["items"]).OfType<JsonObject>().Select(Resolve).ToList();
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], itemSchemas, [.. segments, i], $"{path}[{i}]", found);
                }

                break;
        }
    }

    /// <summary>The schema itself and every branch of its <c>oneOf</c>/<c>anyOf</c> whose type fits the value.</summary>
    private IEnumerable<JsonObject> Expand(JsonObject schema, JsonNode? value)
    {
        schema = Resolve(schema);
        if (!Fits(schema, value))
        {
            yield break;
        }

        yield return schema;
        foreach (var key in new[] { "oneOf", "anyOf" })
        {
            if (schema[key] is JsonArray branches)
            {
                foreach (var branch in branches.OfType<JsonObject>())
                {
                    foreach (var s in Expand(branch, value))
                    {
                        yield return s;
                    }
                }
            }
        }
    }

    private static bool Fits(JsonObject schema, JsonNode? value)
    {
        var kind = value?.GetValueKind() ?? JsonValueKind.Null;
        var name = kind switch
        {
            JsonValueKind.Object => "object",
            JsonValueKind.Array => "array",
            JsonValueKind.String => "string",
            JsonValueKind.Number => "number",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            _ => "null",
        };
        return schema["type"] switch
        {
            JsonValue t => t.GetValue<string>() == name || (name == "number" && t.GetValue<string>() == "integer"),
            JsonArray types => types.Any(t => t!.GetValue<string>() == name),
            _ => schema["const"] is not { } c || JsonNode.DeepEquals(c, value),
        };
    }

    /// <summary>The schemas with an <c>enum</c> among a schema and its <c>oneOf</c>/<c>anyOf</c> branches (so that <c>null</c> may be a branch of its own).</summary>
    public IEnumerable<JsonObject> EnumSchemas(JsonObject schema)
    {
        schema = Resolve(schema);
        if (schema["enum"] is not null)
        {
            yield return schema;
        }

        foreach (var key in new[] { "oneOf", "anyOf" })
        {
            if (schema[key] is JsonArray branches)
            {
                foreach (var branch in branches.OfType<JsonObject>().SelectMany(EnumSchemas))
                {
                    yield return branch;
                }
            }
        }
    }

    public JsonObject Resolve(JsonObject schema)
    {
        while (schema["$ref"] is JsonValue reference)
        {
            var target = reference.GetValue<string>();
            target.Should().StartWith("#/", "only local references are used");
            JsonNode current = _schema;
            foreach (var part in target[2..].Split('/'))
            {
                current = current[part] ?? throw new InvalidOperationException("Unresolved $ref " + target);
            }

            schema = current.AsObject();
        }

        return schema;
    }
}
