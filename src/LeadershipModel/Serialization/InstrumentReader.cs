using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using LeadershipModel.Instruments;
using LeadershipModel.Internal;

namespace LeadershipModel.Serialization;

/// <summary>
/// Reads an instrument from a parsed document in three steps: every field is checked on its own (collecting
/// path-bearing errors), the valid parts become domain objects, and <see cref="Instrument.Validate"/> checks the
/// rules that span parts. Its paths are mapped back to the document, and its findings that only follow from
/// parts already reported are left out.
/// </summary>
internal static partial class InstrumentReader
{
    private static readonly string[] RootProperties = ["$schema", "id", "version", "name", "description", "scale", "dimensions", "constructs", "labelSets", "items", "forms", "openQuestions", "reliabilities", "isValidated", "notes"];
    private static readonly string[] ScaleProperties = ["min", "max", "integerOnly", "labels"];
    private static readonly string[] LabelProperties = ["value", "text"];
    private static readonly string[] DimensionProperties = ["id", "name", "facet", "order", "description", "managementPole", "leadershipPole"];
    private static readonly string[] PoleProperties = ["label", "description"];
    private static readonly string[] ConstructProperties = ["id", "name", "description"];
    private static readonly string[] ItemProperties = ["id", "text", "target", "keying", "weight", "labels"];
    private static readonly string[] LabelSetProperties = ["id", "labels"];
    private static readonly string[] FormProperties = ["id", "items"];
    private static readonly string[] OpenQuestionProperties = ["id", "texts"];
    private static readonly string[] TargetProperties = ["dimension", "pole", "powerBase", "construct"];
    private static readonly string[] ReliabilityProperties = ["target", "reliability", "standardDeviation"];

    public static Instrument? Read(JsonElement root, JsonErrorList errors)
    {
        const string P = JsonPaths.Root;
        if (!JsonFields.ExpectObject(root, P, errors))
        {
            return null;
        }

        JsonFields.RejectUnknown(root, P, RootProperties, errors);
        JsonFields.OptionalString(root, "$schema", P, errors);
        var id = KebabId(root, "id", P, required: true, errors);
        var version = JsonFields.RequiredString(root, "version", P, errors);
        var name = JsonFields.RequiredString(root, "name", P, errors);
        var description = JsonFields.OptionalString(root, "description", P, errors);
        var scale = ReadScale(root, errors);
        var dimensions = ReadDimensions(root, errors);
        var constructs = ReadList(root, "constructs", required: false, ReadConstruct, errors);
        var labelSets = ReadList(root, "labelSets", required: false, (e, p, errs) => ReadLabelSet(e, p, scale, errs), errors);
        var items = ReadList(root, "items", required: true, ReadItem, errors);
        CheckUniqueItemIds(root, errors);
        var forms = ReadList(root, "forms", required: false, ReadForm, errors);
        var openQuestions = ReadList(root, "openQuestions", required: false, ReadOpenQuestion, errors);
        var reliabilities = ReadList(root, "reliabilities", required: false, ReadReliability, errors);
        var isValidated = JsonFields.OptionalBool(root, "isValidated", P, errors);
        var notes = JsonFields.OptionalString(root, "notes", P, errors);

        var definition = new InstrumentDefinition
        {
            Id = id ?? "invalid",
            Version = version ?? "invalid",
            Name = name ?? "invalid",
            Description = description,
            Scale = scale ?? ResponseScale.Default,
            Dimensions = dimensions.Set,
            Constructs = constructs.Values.ToEquatableArray(),
            Items = items.Values.ToEquatableArray(),
            Forms = forms.Values.ToEquatableArray(),
            OpenQuestions = openQuestions.Values.ToEquatableArray(),
            LabelSets = labelSets.Values.ToEquatableArray(),
            Reliabilities = reliabilities.Values.ToEquatableArray(),
            IsValidated = isValidated ?? false,
            Notes = notes,
        };

        var indexes = new Dictionary<string, List<int>>(StringComparer.Ordinal)
        {
            ["constructs"] = constructs.Indexes,
            ["items"] = items.Indexes,
            ["reliabilities"] = reliabilities.Indexes,
            ["forms"] = forms.Indexes,
            ["openQuestions"] = openQuestions.Indexes,
            ["labelSets"] = labelSets.Indexes,
        };
        foreach (var error in Instrument.Validate(definition))
        {
            var consequence = error.Code switch
            {
                InstrumentErrorCodes.NoItems or InstrumentErrorCodes.Empty => !items.Complete,
                InstrumentErrorCodes.UnknownTarget when error.Path.EndsWith(".target.dimension", StringComparison.Ordinal) => !dimensions.Complete,
                InstrumentErrorCodes.UnknownTarget when error.Path.EndsWith(".target.construct", StringComparison.Ordinal) => !constructs.Complete,
                InstrumentErrorCodes.UnknownTarget when error.Path.StartsWith("$.reliabilities", StringComparison.Ordinal) => !items.Complete,
                InstrumentErrorCodes.DuplicateId when error.Path.StartsWith("$.items", StringComparison.Ordinal) => true, // checked on the document, invalid items included
                InstrumentErrorCodes.UnknownItem or InstrumentErrorCodes.MissingText when error.Path.StartsWith("$.forms", StringComparison.Ordinal) => !items.Complete,
                InstrumentErrorCodes.DuplicateId when error.Path.StartsWith("$.openQuestions", StringComparison.Ordinal) && error.Message.EndsWith("also an item id.", StringComparison.Ordinal) => !items.Complete,
                InstrumentErrorCodes.UnknownForm or InstrumentErrorCodes.MissingText when error.Path.StartsWith("$.openQuestions", StringComparison.Ordinal) => !forms.Complete,
                InstrumentErrorCodes.UnknownLabels when error.Path.StartsWith("$.items", StringComparison.Ordinal) => !labelSets.Complete,
                InstrumentErrorCodes.UnknownLabels when error.Path.StartsWith("$.labelSets", StringComparison.Ordinal) => scale is null,

                _ => false,
            };
            if (!consequence)
            {
                errors.Add(
                    Remap(error.Path, dimensions, indexes),
                    error.Code,
                    Remap(error.Message, dimensions, indexes));
            }
        }

        return errors.Count == 0 ? Instrument.Create(definition) : null;
    }

    private static string Remap(string text, Dimensions dimensions, Dictionary<string, List<int>> indexes)
        => IndexedPath().Replace(text, m =>
        {
            var collection = m.Groups[1].Value;
            var i = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            if (collection == "dimensions" && dimensions.IsCanonical)
            {
                return "$.dimensions";
            }

            var map = collection == "dimensions" ? dimensions.Indexes : indexes[collection];
            return i < map.Count ? JsonPaths.Index("$." + collection, map[i]) : m.Value;
        });

    [GeneratedRegex(@"\$\.(dimensions|constructs|items|reliabilities|forms|openQuestions|labelSets)\[(\d+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex IndexedPath();

    private static ListRead<T> ReadList<T>(JsonElement obj, string name, bool required, Func<JsonElement, string, JsonErrorList, T?> read, JsonErrorList errors)
        where T : class
    {
        var result = new ListRead<T>();
        var array = JsonFields.Array(obj, name, JsonPaths.Root, required, errors);
        if (array is null)
        {
            result.Complete = !(required || obj.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null);
            return result;
        }

        var i = 0;
        foreach (var element in array.Value.EnumerateArray())
        {
            var value = read(element, JsonPaths.Index("$." + name, i), errors);
            if (value is null)
            {
                result.Complete = false;
            }
            else
            {
                result.Values.Add(value);
                result.Indexes.Add(i);
            }

            i++;
        }

        return result;
    }

    private static void CheckUniqueItemIds(JsonElement root, JsonErrorList errors)
    {
        if (!root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var i = 0;
        foreach (var item in items.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                && id.GetString() is { Length: > 0 } s && !seen.TryAdd(s, i))
            {
                errors.Add(JsonPaths.Index("$.items", i) + ".id", InstrumentErrorCodes.DuplicateId, $"Item id '{s}' is already used by $.items[{seen[s]}].");
            }

            i++;
        }
    }

    private static string? KebabId(JsonElement obj, string name, string path, bool required, JsonErrorList errors)
    {
        var id = required ? JsonFields.RequiredString(obj, name, path, errors) : JsonFields.OptionalString(obj, name, path, errors);
        if (id is null || Preconditions.IsKebabId(id))
        {
            return id;
        }

        errors.Add(JsonPaths.Property(path, name), InstrumentErrorCodes.InvalidValue, $"'{id}' is not a kebab-case id (lower-case letters and digits joined by single hyphens, such as 'control-influence').");
        return null;
    }

    private static ResponseScale? ReadScale(JsonElement root, JsonErrorList errors)
    {
        const string P = "$.scale";
        if (!JsonFields.TryGet(root, "scale", out var e))
        {
            return ResponseScale.Default;
        }

        var before = errors.Count;
        if (!JsonFields.ExpectObject(e, P, errors))
        {
            return null;
        }

        JsonFields.RejectUnknown(e, P, ScaleProperties, errors);
        var min = JsonFields.RequiredNumber(e, "min", P, errors);
        var max = JsonFields.RequiredNumber(e, "max", P, errors);
        var integerOnly = JsonFields.OptionalBool(e, "integerOnly", P, errors) ?? true;
        if (min is { } lo && max is { } hi)
        {
            if (!(lo < hi))
            {
                errors.Add(P, InstrumentErrorCodes.InvalidScale, string.Create(CultureInfo.InvariantCulture, $"The scale minimum ({lo}) must be less than its maximum ({hi})."));
            }

            if (integerOnly && lo != Math.Floor(lo))
            {
                errors.Add(P + ".min", InstrumentErrorCodes.InvalidScale, "An integer scale needs a whole-number minimum; set 'integerOnly' to false for a continuous scale.");
            }

            if (integerOnly && hi != Math.Floor(hi))
            {
                errors.Add(P + ".max", InstrumentErrorCodes.InvalidScale, "An integer scale needs a whole-number maximum; set 'integerOnly' to false for a continuous scale.");
            }
        }

        var labels = ReadLabels(e, P, required: false, min, max, errors);
        return errors.Count == before ? ResponseScale.Create(min!.Value, max!.Value, integerOnly, labels) : null;
    }

    private static List<ScaleLabel> ReadLabels(JsonElement owner, string path, bool required, double? min, double? max, JsonErrorList errors)
    {
        var labels = new List<ScaleLabel>();
        if (JsonFields.Array(owner, "labels", path, required, errors) is not { } array)
        {
            return labels;
        }

        var i = 0;
        var seen = new Dictionary<double, int>();
        foreach (var l in array.EnumerateArray())
        {
            var lp = JsonPaths.Index(path + ".labels", i);
            var lb = errors.Count;
            if (JsonFields.ExpectObject(l, lp, errors))
            {
                JsonFields.RejectUnknown(l, lp, LabelProperties, errors);
                var value = JsonFields.RequiredNumber(l, "value", lp, errors);
                var text = ReadText(l, "text", lp, errors);
                if (value is { } v && min is { } lo && max is { } hi && (v < lo || v > hi))
                {
                    errors.Add(lp + ".value", InstrumentErrorCodes.InvalidScale, string.Create(CultureInfo.InvariantCulture, $"Label value {v} lies outside the scale [{lo}, {hi}]."));
                }
                else if (value is { } v2 && !seen.TryAdd(v2, i))
                {
                    errors.Add(lp + ".value", InstrumentErrorCodes.InvalidScale, string.Create(CultureInfo.InvariantCulture, $"Label value {v2} is already labelled by {JsonPaths.Index(path + ".labels", seen[v2])}."));
                }

                if (errors.Count == lb)
                {
                    labels.Add(new ScaleLabel(value!.Value, text!));
                }
            }

            i++;
        }

        if (required && i == 0)
        {
            errors.Add(path + ".labels", InstrumentErrorCodes.Required, "'labels' needs at least one label.");
        }

        return labels;
    }

    private static LabelSet? ReadLabelSet(JsonElement e, string path, ResponseScale? scale, JsonErrorList errors)
    {
        var before = errors.Count;
        if (!JsonFields.ExpectObject(e, path, errors))
        {
            return null;
        }

        JsonFields.RejectUnknown(e, path, LabelSetProperties, errors);
        var id = KebabId(e, "id", path, required: true, errors);
        var labels = ReadLabels(e, path, required: true, scale?.Min, scale?.Max, errors);
        return errors.Count == before ? new LabelSet(id!, labels) : null;
    }

    private static InstrumentForm? ReadForm(JsonElement e, string path, JsonErrorList errors)
    {
        var before = errors.Count;
        if (!JsonFields.ExpectObject(e, path, errors))
        {
            return null;
        }

        JsonFields.RejectUnknown(e, path, FormProperties, errors);
        var id = KebabId(e, "id", path, required: true, errors);
        var texts = ReadTextMap(e, "items", path, "item", ItemIds.IsValid, errors);
        return errors.Count == before ? new InstrumentForm(id!, texts!) : null;
    }

    private static OpenQuestion? ReadOpenQuestion(JsonElement e, string path, JsonErrorList errors)
    {
        var before = errors.Count;
        if (!JsonFields.ExpectObject(e, path, errors))
        {
            return null;
        }

        JsonFields.RejectUnknown(e, path, OpenQuestionProperties, errors);
        var id = JsonFields.RequiredString(e, "id", path, errors);
        if (id is not null && !ItemIds.IsValid(id))
        {
            errors.Add(path + ".id", InstrumentErrorCodes.InvalidValue, $"'{id}' is not a valid question id: use letters, digits, '-', '_' or '.', starting with a letter or digit, at most 64 characters.");
        }

        var texts = ReadTextMap(e, "texts", path, "form", Preconditions.IsKebabId, errors);
        return errors.Count == before ? new OpenQuestion(id!, texts!) : null;
    }

    /// <summary>Reads an object of id to text, such as a form's item texts; at least one entry, ids unique and valid.</summary>
    private static List<KeyValuePair<string, LocalizedText>>? ReadTextMap(JsonElement owner, string name, string path, string keyKind, Func<string, bool> validKey, JsonErrorList errors)
    {
        var p = JsonPaths.Property(path, name);
        if (JsonFields.Object(owner, name, path, required: true, errors) is not { } map)
        {
            return null;
        }

        var before = errors.Count;
        var texts = new List<KeyValuePair<string, LocalizedText>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in map.EnumerateObject())
        {
            if (!validKey(property.Name))
            {
                errors.Add(JsonPaths.Property(p, property.Name), InstrumentErrorCodes.InvalidValue, $"'{property.Name}' is not a valid {keyKind} id.");
            }
            else if (!seen.Add(property.Name))
            {
                errors.Add(JsonPaths.Property(p, property.Name), InstrumentErrorCodes.DuplicateId, $"The {keyKind} '{property.Name}' has more than one text.");
            }
            else if (ReadText(map, property.Name, p, errors) is { } text)
            {
                texts.Add(new(property.Name, text));
            }
        }

        if (seen.Count == 0 && errors.Count == before)
        {
            errors.Add(p, InstrumentErrorCodes.MissingText, $"'{name}' needs at least one text.");
        }

        return errors.Count == before ? texts : null;
    }

    private static Dimensions ReadDimensions(JsonElement root, JsonErrorList errors)
    {
        const string P = "$.dimensions";
        if (!JsonFields.TryGet(root, "dimensions", out var e))
        {
            return new Dimensions(DimensionSet.Empty, [], IsCanonical: false, Complete: true);
        }

        if (e.ValueKind == JsonValueKind.String)
        {
            if (e.GetString() == JsonNames.Canonical)
            {
                return new Dimensions(DimensionSet.Canonical, [], IsCanonical: true, Complete: true);
            }

            errors.Add(P, InstrumentErrorCodes.InvalidValue, $"'dimensions' must be an array of dimensions or the string \"{JsonNames.Canonical}\".");
            return new Dimensions(DimensionSet.Empty, [], IsCanonical: false, Complete: false);
        }

        if (e.ValueKind != JsonValueKind.Array)
        {
            errors.Add(P, InstrumentErrorCodes.InvalidValue, $"'dimensions' must be an array or the string \"{JsonNames.Canonical}\", not {JsonFields.Describe(e.ValueKind)}.");
            return new Dimensions(DimensionSet.Empty, [], IsCanonical: false, Complete: false);
        }

        var list = new List<Dimension>();
        var indexes = new List<int>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var complete = true;
        var i = 0;
        foreach (var d in e.EnumerateArray())
        {
            var dp = JsonPaths.Index(P, i);
            var before = errors.Count;
            if (JsonFields.ExpectObject(d, dp, errors))
            {
                JsonFields.RejectUnknown(d, dp, DimensionProperties, errors);
                var id = KebabId(d, "id", dp, required: true, errors);
                if (id is not null && !ids.TryAdd(id, i))
                {
                    errors.Add(dp + ".id", InstrumentErrorCodes.DuplicateId, $"Dimension id '{id}' is already used by $.dimensions[{ids[id]}].");
                }

                var name = JsonFields.RequiredString(d, "name", dp, errors);
                var facet = JsonFields.RequiredString(d, "facet", dp, errors);
                var order = JsonFields.OptionalPositiveInt(d, "order", dp, errors);
                var description = JsonFields.RequiredString(d, "description", dp, errors);
                var management = ReadPole(d, "managementPole", dp, errors);
                var leadership = ReadPole(d, "leadershipPole", dp, errors);
                if (errors.Count == before)
                {
                    list.Add(new Dimension(id!, name!, management!, leadership!, facet!, order ?? i + 1, description!));
                    indexes.Add(i);
                }
            }

            complete &= errors.Count == before;
            i++;
        }

        return new Dimensions(DimensionSet.Create(list), indexes, IsCanonical: false, complete);
    }

    private static Pole? ReadPole(JsonElement obj, string name, string path, JsonErrorList errors)
    {
        var p = JsonPaths.Property(path, name);
        if (!JsonFields.TryGet(obj, name, out var e))
        {
            errors.Add(p, InstrumentErrorCodes.Required, $"'{name}' is required.");
            return null;
        }

        if (!JsonFields.ExpectObject(e, p, errors))
        {
            return null;
        }

        var before = errors.Count;
        JsonFields.RejectUnknown(e, p, PoleProperties, errors);
        var label = JsonFields.RequiredString(e, "label", p, errors);
        var description = JsonFields.RequiredString(e, "description", p, errors);
        return errors.Count == before ? new Pole(label!, description!) : null;
    }

    private static Construct? ReadConstruct(JsonElement e, string path, JsonErrorList errors)
    {
        var before = errors.Count;
        if (!JsonFields.ExpectObject(e, path, errors))
        {
            return null;
        }

        JsonFields.RejectUnknown(e, path, ConstructProperties, errors);
        var id = KebabId(e, "id", path, required: true, errors);
        var name = JsonFields.RequiredString(e, "name", path, errors);
        var description = JsonFields.OptionalString(e, "description", path, errors);
        return errors.Count == before ? new Construct(id!, name!, description) : null;
    }

    private static Item? ReadItem(JsonElement e, string path, JsonErrorList errors)
    {
        var before = errors.Count;
        if (!JsonFields.ExpectObject(e, path, errors))
        {
            return null;
        }

        JsonFields.RejectUnknown(e, path, ItemProperties, errors);
        var id = JsonFields.RequiredString(e, "id", path, errors);
        if (id is not null && !ItemIds.IsValid(id))
        {
            errors.Add(path + ".id", InstrumentErrorCodes.InvalidValue, $"'{id}' is not a valid item id: use letters, digits, '-', '_' or '.', starting with a letter or digit, at most 64 characters.");
        }

        var text = ReadText(e, "text", path, errors);
        var target = ReadTarget(e, "target", path, errors);
        var keying = JsonFields.OptionalName(e, "keying", path, JsonNames.Keyings, errors);
        var weight = JsonFields.OptionalNumber(e, "weight", path, errors);
        var labels = KebabId(e, "labels", path, required: false, errors);
        if (weight is { } w && !(w > 0))
        {
            errors.Add(path + ".weight", InstrumentErrorCodes.InvalidWeight, string.Create(CultureInfo.InvariantCulture, $"Item weight {w} is not positive."));
        }

        return errors.Count == before ? new Item(id!, text!, target!, JsonNames.ToKeying(keying), weight ?? 1) { Labels = labels } : null;
    }

    private static ScaleReliability? ReadReliability(JsonElement e, string path, JsonErrorList errors)
    {
        var before = errors.Count;
        if (!JsonFields.ExpectObject(e, path, errors))
        {
            return null;
        }

        JsonFields.RejectUnknown(e, path, ReliabilityProperties, errors);
        var target = ReadTarget(e, "target", path, errors);
        var reliability = UnitNumber(e, "reliability", path, errors);
        var sd = UnitNumber(e, "standardDeviation", path, errors);
        return errors.Count == before ? new ScaleReliability(target!, reliability!.Value, sd!.Value) : null;
    }

    private static double? UnitNumber(JsonElement e, string name, string path, JsonErrorList errors)
    {
        var value = JsonFields.RequiredNumber(e, name, path, errors);
        if (value is { } v && v is < 0 or > 1)
        {
            errors.Add(JsonPaths.Property(path, name), InstrumentErrorCodes.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"'{name}' must lie in [0, 1], not {v}."));
            return null;
        }

        return value;
    }

    private static ItemTarget? ReadTarget(JsonElement obj, string name, string path, JsonErrorList errors)
    {
        var p = JsonPaths.Property(path, name);
        if (!JsonFields.TryGet(obj, name, out var e))
        {
            errors.Add(p, InstrumentErrorCodes.Required, $"'{name}' is required.");
            return null;
        }

        if (!JsonFields.ExpectObject(e, p, errors))
        {
            return null;
        }

        var before = errors.Count;
        JsonFields.RejectUnknown(e, p, TargetProperties, errors);
        var hasDimension = JsonFields.TryGet(e, "dimension", out _);
        var hasBase = JsonFields.TryGet(e, "powerBase", out _);
        var hasConstruct = JsonFields.TryGet(e, "construct", out _);
        var kinds = (hasDimension ? 1 : 0) + (hasBase ? 1 : 0) + (hasConstruct ? 1 : 0);
        if (kinds == 0)
        {
            errors.Add(p, InstrumentErrorCodes.Required, "A target names a 'dimension' (with an optional 'pole'), a 'powerBase' or a 'construct'.");
            return null;
        }

        if (kinds > 1)
        {
            errors.Add(p, InstrumentErrorCodes.InvalidValue, "A target names exactly one of 'dimension', 'powerBase' and 'construct'.");
            return null;
        }

        if (!hasDimension && JsonFields.TryGet(e, "pole", out _))
        {
            errors.Add(p + ".pole", InstrumentErrorCodes.InvalidValue, "'pole' is allowed only with 'dimension'.");
        }

        if (hasDimension)
        {
            var dimension = KebabId(e, "dimension", p, required: true, errors);
            var pole = JsonFields.OptionalName(e, "pole", p, JsonNames.Poles, errors);
            return errors.Count != before ? null
                : pole is null ? ItemTarget.ForDimension(dimension!)
                : ItemTarget.ForPole(dimension!, JsonNames.ToPole(pole));
        }

        if (hasBase)
        {
            var powerBase = JsonFields.OptionalName(e, "powerBase", p, JsonNames.PowerBases, errors);
            return errors.Count == before && PowerBaseNames.TryParse(powerBase, out var b) ? ItemTarget.ForPowerBase(b) : null;
        }

        var construct = KebabId(e, "construct", p, required: true, errors);
        return errors.Count == before ? ItemTarget.ForConstruct(construct!) : null;
    }

    /// <summary>Reads a text given as a plain (English) string or as an object of language tag to text.</summary>
    internal static LocalizedText? ReadText(JsonElement obj, string name, string path, JsonErrorList errors)
    {
        var p = JsonPaths.Property(path, name);
        if (!JsonFields.TryGet(obj, name, out var e))
        {
            errors.Add(p, InstrumentErrorCodes.Required, $"'{name}' is required.");
            return null;
        }

        if (e.ValueKind == JsonValueKind.String)
        {
            var s = e.GetString()!;
            if (string.IsNullOrWhiteSpace(s))
            {
                errors.Add(p, InstrumentErrorCodes.Required, $"'{name}' must not be empty.");
                return null;
            }

            return LocalizedText.Of(s);
        }

        if (e.ValueKind != JsonValueKind.Object)
        {
            errors.Add(p, InstrumentErrorCodes.InvalidValue, $"'{name}' must be a string or an object of language to text, not {JsonFields.Describe(e.ValueKind)}.");
            return null;
        }

        var before = errors.Count;
        var pairs = new List<KeyValuePair<string, string>>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in e.EnumerateObject())
        {
            var lp = JsonPaths.Property(p, property.Name);
            if (string.IsNullOrWhiteSpace(property.Name) || !seen.Add(property.Name))
            {
                errors.Add(lp, InstrumentErrorCodes.InvalidValue, $"Language '{property.Name}' is empty or appears more than once.");
            }
            else if (property.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(property.Value.GetString()))
            {
                errors.Add(lp, InstrumentErrorCodes.Required, $"The '{property.Name}' text must be a non-empty string.");
            }
            else
            {
                pairs.Add(new(property.Name, property.Value.GetString()!));
            }
        }

        if (pairs.Count == 0 && errors.Count == before)
        {
            errors.Add(p, InstrumentErrorCodes.Required, $"'{name}' needs at least one language.");
        }

        return errors.Count == before ? LocalizedText.Create(pairs) : null;
    }

    private sealed record Dimensions(DimensionSet Set, List<int> Indexes, bool IsCanonical, bool Complete);

    private sealed class ListRead<T>
    {
        public List<T> Values { get; } = [];

        public List<int> Indexes { get; } = [];

        public bool Complete { get; set; } = true;
    }
}
