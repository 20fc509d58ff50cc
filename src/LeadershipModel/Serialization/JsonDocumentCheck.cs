using System.Text.Json;

namespace LeadershipModel.Serialization;

/// <summary>
/// Checks a parsed document for what the parser lets through: an object that names a property twice (the reader
/// would silently take one of them) and a string or property name holding an unpaired surrogate escape such as
/// <c>\ud800</c> (which cannot become a string). Each is reported with its JSON path.
/// </summary>
internal static class JsonDocumentCheck
{
    public static bool IsClean(JsonElement root, JsonErrorList errors)
    {
        var before = errors.Count;
        Check(root, JsonPaths.Root, errors);
        return errors.Count == before;
    }

    private static void Check(JsonElement element, string path, JsonErrorList errors)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                CheckObject(element, path, errors);
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Check(item, JsonPaths.Index(path, i++), errors);
                }

                break;
            case JsonValueKind.String when !TryGetString(element, out _):
                errors.Add(path, JsonErrorCodes.InvalidJson, "The text holds an unpaired surrogate escape (such as \\ud800), which is not a character.");
                break;
        }
    }

    private static void CheckObject(JsonElement element, string path, JsonErrorList errors)
    {
        HashSet<string>? seen = null;
        foreach (var property in element.EnumerateObject())
        {
            string name;
            try
            {
                name = property.Name;
            }
            catch (InvalidOperationException)
            {
                errors.Add(path, JsonErrorCodes.InvalidJson, "A property name holds an unpaired surrogate escape (such as \\ud800), which is not a character.");
                continue;
            }

            var propertyPath = JsonPaths.Property(path, name);
            if (!(seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(name))
            {
                errors.Add(propertyPath, JsonErrorCodes.DuplicateKey, $"The property '{name}' appears more than once in this object; give it once.");
                continue;
            }

            Check(property.Value, propertyPath, errors);
        }
    }

    private static bool TryGetString(JsonElement element, out string? value)
    {
        try
        {
            value = element.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            value = null;
            return false;
        }
    }
}
