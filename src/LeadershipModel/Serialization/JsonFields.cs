using System.Globalization;
using System.Text.Json;

namespace LeadershipModel.Serialization;

/// <summary>
/// Reads the fields of a JSON object one by one, adding a path-bearing error for each missing, mistyped or empty
/// field instead of stopping at the first. A JSON <c>null</c> counts as absent.
/// </summary>
internal static class JsonFields
{
    public static bool ExpectObject(JsonElement element, string path, JsonErrorList errors)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        errors.Add(path, JsonErrorCodes.InvalidValue, $"Expected an object, found {Describe(element.ValueKind)}.");
        return false;
    }

    public static void RejectUnknown(JsonElement obj, string path, IReadOnlyCollection<string> allowed, JsonErrorList errors)
    {
        foreach (var property in obj.EnumerateObject())
        {
            if (!allowed.Contains(property.Name))
            {
                errors.Add(JsonPaths.Property(path, property.Name), JsonErrorCodes.InvalidValue, $"Unknown property '{property.Name}'; allowed here: {string.Join(", ", allowed)}.");
            }
        }
    }

    public static bool TryGet(JsonElement obj, string name, out JsonElement value)
        => obj.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;

    public static string? RequiredString(JsonElement obj, string name, string path, JsonErrorList errors)
    {
        if (!TryGet(obj, name, out _))
        {
            errors.Add(JsonPaths.Property(path, name), JsonErrorCodes.Required, $"'{name}' is required.");
            return null;
        }

        return OptionalString(obj, name, path, errors);
    }

    public static string? OptionalString(JsonElement obj, string name, string path, JsonErrorList errors)
    {
        if (!TryGet(obj, name, out var value))
        {
            return null;
        }

        var p = JsonPaths.Property(path, name);
        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(p, JsonErrorCodes.InvalidValue, $"'{name}' must be a string, not {Describe(value.ValueKind)}.");
            return null;
        }

        var s = value.GetString()!;
        if (string.IsNullOrWhiteSpace(s))
        {
            errors.Add(p, JsonErrorCodes.Required, $"'{name}' must not be empty.");
            return null;
        }

        return s;
    }

    public static double? RequiredNumber(JsonElement obj, string name, string path, JsonErrorList errors)
    {
        if (!TryGet(obj, name, out _))
        {
            errors.Add(JsonPaths.Property(path, name), JsonErrorCodes.Required, $"'{name}' is required.");
            return null;
        }

        return OptionalNumber(obj, name, path, errors);
    }

    public static double? OptionalNumber(JsonElement obj, string name, string path, JsonErrorList errors)
    {
        if (!TryGet(obj, name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var d) || !double.IsFinite(d))
        {
            errors.Add(JsonPaths.Property(path, name), JsonErrorCodes.InvalidValue, $"'{name}' must be a finite number, not {Describe(value.ValueKind)}.");
            return null;
        }

        return d;
    }

    public static int? OptionalPositiveInt(JsonElement obj, string name, string path, JsonErrorList errors)
    {
        if (!TryGet(obj, name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var i) || i <= 0)
        {
            errors.Add(JsonPaths.Property(path, name), JsonErrorCodes.InvalidValue, $"'{name}' must be a positive whole number.");
            return null;
        }

        return i;
    }

    public static bool? OptionalBool(JsonElement obj, string name, string path, JsonErrorList errors)
    {
        if (!TryGet(obj, name, out var value))
        {
            return null;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            errors.Add(JsonPaths.Property(path, name), JsonErrorCodes.InvalidValue, $"'{name}' must be true or false, not {Describe(value.ValueKind)}.");
            return null;
        }

        return value.GetBoolean();
    }

    /// <summary>Reads a string that may be empty or white space (a message, an id carried through as given).</summary>
    public static string? OptionalText(JsonElement obj, string name, string path, JsonErrorList errors)
    {
        if (!TryGet(obj, name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(JsonPaths.Property(path, name), JsonErrorCodes.InvalidValue, $"'{name}' must be a string, not {Describe(value.ValueKind)}.");
            return null;
        }

        return value.GetString()!;
    }

    /// <summary>Reads a required string that may be empty or white space.</summary>
    public static string? RequiredText(JsonElement obj, string name, string path, JsonErrorList errors)
    {
        if (!TryGet(obj, name, out _))
        {
            errors.Add(JsonPaths.Property(path, name), JsonErrorCodes.Required, $"'{name}' is required.");
            return null;
        }

        return OptionalText(obj, name, path, errors);
    }

    /// <summary>Reads an optional finite number and checks that it lies in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static double? OptionalNumberIn(JsonElement obj, string name, string path, double min, double max, JsonErrorList errors)
    {
        var d = OptionalNumber(obj, name, path, errors);
        if (d is { } v && !(v >= min && v <= max))
        {
            errors.Add(JsonPaths.Property(path, name), JsonErrorCodes.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"'{name}' must lie in [{min}, {max}], not {v}."));
            return null;
        }

        return d;
    }

    /// <summary>Reads a required finite number and checks that it lies in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static double? RequiredNumberIn(JsonElement obj, string name, string path, double min, double max, JsonErrorList errors)
    {
        if (!TryGet(obj, name, out _))
        {
            errors.Add(JsonPaths.Property(path, name), JsonErrorCodes.Required, $"'{name}' is required.");
            return null;
        }

        return OptionalNumberIn(obj, name, path, min, max, errors);
    }

    /// <summary>Reads a required whole number of at least <paramref name="min"/>.</summary>
    public static long? RequiredWhole(JsonElement obj, string name, string path, long min, long max, JsonErrorList errors)
    {
        if (!TryGet(obj, name, out var value))
        {
            errors.Add(JsonPaths.Property(path, name), JsonErrorCodes.Required, $"'{name}' is required.");
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var i) || i < min || i > max)
        {
            errors.Add(JsonPaths.Property(path, name), JsonErrorCodes.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"'{name}' must be a whole number from {min} to {max}."));
            return null;
        }

        return i;
    }

    /// <summary>Reads a required count: a whole number from 0 to <see cref="int.MaxValue"/>.</summary>
    public static int? RequiredCount(JsonElement obj, string name, string path, JsonErrorList errors)
        => (int?)RequiredWhole(obj, name, path, 0, int.MaxValue, errors);

    /// <summary>Reads a required name that must be one of the accepted names, exactly as written.</summary>
    public static string? RequiredName(JsonElement obj, string name, string path, IReadOnlyList<string> accepted, JsonErrorList errors)
    {
        if (!TryGet(obj, name, out _))
        {
            errors.Add(JsonPaths.Property(path, name), JsonErrorCodes.Required, $"'{name}' is required.");
            return null;
        }

        return OptionalName(obj, name, path, accepted, errors);
    }

    /// <summary>Gets an object property; absent gives <see langword="null"/> (or a <c>required</c> error).</summary>
    public static JsonElement? Object(JsonElement obj, string name, string path, bool required, JsonErrorList errors)
    {
        var p = JsonPaths.Property(path, name);
        if (!TryGet(obj, name, out var value))
        {
            if (required)
            {
                errors.Add(p, JsonErrorCodes.Required, $"'{name}' is required.");
            }

            return null;
        }

        return ExpectObject(value, p, errors) ? value : null;
    }

    /// <summary>Gets an array property; absent gives <see langword="null"/> (or a <c>required</c> error).</summary>
    public static JsonElement? Array(JsonElement obj, string name, string path, bool required, JsonErrorList errors)
    {
        var p = JsonPaths.Property(path, name);
        if (!TryGet(obj, name, out var value))
        {
            if (required)
            {
                errors.Add(p, JsonErrorCodes.Required, $"'{name}' is required.");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            errors.Add(p, JsonErrorCodes.InvalidValue, $"'{name}' must be an array, not {Describe(value.ValueKind)}.");
            return null;
        }

        return value;
    }

    /// <summary>Checks that a string is one of the accepted names, exactly as written.</summary>
    public static string? OptionalName(JsonElement obj, string name, string path, IReadOnlyList<string> accepted, JsonErrorList errors)
    {
        var s = OptionalString(obj, name, path, errors);
        if (s is null || accepted.Contains(s, StringComparer.Ordinal))
        {
            return s;
        }

        errors.Add(JsonPaths.Property(path, name), JsonErrorCodes.InvalidValue, $"'{s}' is not a known {name}; use one of: {string.Join(", ", accepted)}.");
        return null;
    }

    /// <summary>Reads an array of objects; elements with problems are left out (their problems are reported).</summary>
    public static EquatableArray<T> List<T>(JsonElement e, string name, string path, bool required, Func<JsonElement, string, JsonErrorList, T?> read, JsonErrorList errors)
        where T : class
    {
        if (JsonFields.Array(e, name, path, required, errors) is not { } array)
        {
            return default;
        }

        var p = JsonPaths.Property(path, name);
        var values = new List<T>(array.GetArrayLength());
        var i = 0;
        foreach (var element in array.EnumerateArray())
        {
            var ep = JsonPaths.Index(p, i++);
            if (JsonFields.ExpectObject(element, ep, errors) && read(element, ep, errors) is { } value)
            {
                values.Add(value);
            }
        }

        return values.ToEquatableArray();
    }
    /// <summary>Reads an array at the root of a document; <see langword="null"/> when any element has problems (they are reported).</summary>
    public static EquatableArray<T>? RootArray<T>(JsonElement e, string what, Func<JsonElement, string, JsonErrorList, T?> readOne, JsonErrorList errors)
        where T : class
    {
        if (e.ValueKind != JsonValueKind.Array)
        {
            errors.Add(JsonPaths.Root, JsonErrorCodes.InvalidValue, $"Expected an array of {what}, found {Describe(e.ValueKind)}.");
            return null;
        }

        var values = new List<T>(e.GetArrayLength());
        var i = 0;
        foreach (var element in e.EnumerateArray())
        {
            if (readOne(element, JsonPaths.Index(JsonPaths.Root, i++), errors) is { } value)
            {
                values.Add(value);
            }
        }

        return errors.Count == 0 ? values.ToEquatableArray() : null;
    }

    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
