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

    /// <summary>Checks that a required property is present (not absent, not <c>null</c>), adding a <c>required</c> error when it is not.</summary>
    public static bool Present(JsonElement obj, string name, string path, JsonErrorList errors)
    {
        if (TryGet(obj, name, out _))
        {
            return true;
        }

        errors.Add(JsonPaths.Property(path, name), JsonErrorCodes.Required, $"'{name}' is required.");
        return false;
    }

    /// <summary>
    /// Starts reading an object: checks that it is one, that it names only <paramref name="allowed"/> properties, and
    /// that an optional <c>$schema</c> is a string. Returns <see langword="false"/> when it is not an object.
    /// </summary>
    public static bool BeginObject(JsonElement e, string path, IReadOnlyCollection<string> allowed, JsonErrorList errors)
    {
        if (!ExpectObject(e, path, errors))
        {
            return false;
        }

        RejectUnknown(e, path, allowed, errors);
        if (allowed.Contains("$schema"))
        {
            OptionalString(e, "$schema", path, errors);
        }

        return true;
    }

    public static string? RequiredString(JsonElement obj, string name, string path, JsonErrorList errors)
        => Present(obj, name, path, errors) ? OptionalString(obj, name, path, errors) : null;

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
        => Present(obj, name, path, errors) ? OptionalNumber(obj, name, path, errors) : null;

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
        => Present(obj, name, path, errors) ? OptionalText(obj, name, path, errors) : null;

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
        => Property(obj, name, path, required, errors) is { } value && ExpectObject(value, JsonPaths.Property(path, name), errors) ? value : null;

    /// <summary>Gets a required object property that may name only <paramref name="allowed"/> properties.</summary>
    public static JsonElement? ObjectOf(JsonElement obj, string name, string path, IReadOnlyCollection<string> allowed, JsonErrorList errors)
    {
        if (Object(obj, name, path, required: true, errors) is not { } value)
        {
            return null;
        }

        RejectUnknown(value, JsonPaths.Property(path, name), allowed, errors);
        return value;
    }

    /// <summary>Gets an array property; absent gives <see langword="null"/> (or a <c>required</c> error).</summary>
    public static JsonElement? Array(JsonElement obj, string name, string path, bool required, JsonErrorList errors)
    {
        var p = JsonPaths.Property(path, name);
        if (Property(obj, name, path, required, errors) is not { } value)
        {
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
        => ListCore(e, name, path, required, (element, ep, list) => read(element, ep, list) is { } value ? (true, value) : (false, null!), errors);

    /// <summary>Reads an array of objects into values; elements with problems are left out (their problems are reported).</summary>
    public static EquatableArray<T> ValueList<T>(JsonElement e, string name, string path, bool required, Func<JsonElement, string, JsonErrorList, T?> read, JsonErrorList errors)
        where T : struct
        => ListCore(e, name, path, required, (element, ep, list) => read(element, ep, list) is { } value ? (true, value) : (false, default), errors);

    private static EquatableArray<T> ListCore<T>(JsonElement e, string name, string path, bool required, Func<JsonElement, string, JsonErrorList, (bool Ok, T Value)> read, JsonErrorList errors)
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
            if (JsonFields.ExpectObject(element, ep, errors) && read(element, ep, errors) is (true, var value))
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

    /// <summary>Adds a <c>duplicate-id</c> error for each element of an array whose string <paramref name="name"/> was seen before.</summary>
    public static void UniqueIds(JsonElement e, string arrayName, string name, string path, JsonErrorList errors, Func<string, string, string> message)
    {
        if (!TryGet(e, arrayName, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var element in array.EnumerateArray())
        {
            var ep = JsonPaths.Index(JsonPaths.Property(path, arrayName), i++);
            if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !seen.Add(value.GetString()!))
            {
                errors.Add(JsonPaths.Property(ep, name), JsonErrorCodes.DuplicateId, message(value.GetString()!, arrayName));
            }
        }
    }

    /// <summary>Gets a property of any kind; absent gives <see langword="null"/> (or a <c>required</c> error).</summary>
    private static JsonElement? Property(JsonElement obj, string name, string path, bool required, JsonErrorList errors)
    {
        if (TryGet(obj, name, out var value))
        {
            return value;
        }

        if (required)
        {
            errors.Add(JsonPaths.Property(path, name), JsonErrorCodes.Required, $"'{name}' is required.");
        }

        return null;
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
