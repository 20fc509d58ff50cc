using System.Text.Json;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

namespace LeadershipModel.Serialization;

/// <summary>
/// Reads profiles from a parsed document, collecting every problem with its path. Derived values (orientation,
/// integration, quadrant, <c>isWeak</c>, <c>answeredShare</c>) are checked for type and then recomputed, not read.
/// </summary>
internal static class ProfileReader
{
    private static readonly string[] Properties = ["$schema", "respondentId", "targetId", "role", "dimensions", "overall", "authority", "constructs", "scales", "norms", "diagnostics", "extensions", "provenance"];
    private static readonly string[] DimensionProperties = ["dimensionId", "management", "leadership", "orientation", "bipolarOrientation", "integration", "quadrant", "threshold", "isBorderline", "isWeak", "managementScale", "leadershipScale", "bipolarScale"];
    private static readonly string[] ScaleProperties = ["target", "status", "score", "rawScore", "itemsAnswered", "itemCount", "standardError"];
    private static readonly string[] OverallProperties = ["management", "leadership", "orientation", "integration", "quadrant", "profileType", "dimensionsScored"];
    private static readonly string[] AuthorityProperties = ["bases", "sources", "followerConferredShare", "primarySource", "expectedOutcome"];
    private static readonly string[] BaseProperties = ["base", "strength"];
    private static readonly string[] SourceProperties = ["source", "strength"];
    private static readonly string[] OutcomeProperties = ["commitment", "compliance", "resistance"];
    private static readonly string[] NormProperties = ["indexId", "score", "percentile", "tScore"];
    private static readonly string[] DiagnosticsProperties = ["itemsAnswered", "itemCount", "answeredShare", "longestRun", "responseVariability", "adjustedAnswers", "flags", "pluginFailures"];
    private static readonly string[] AdjustmentProperties = ["itemId", "original", "adjusted", "reason"];
    private static readonly string[] FlagProperties = ["code", "message", "scope"];
    private static readonly string[] FailureProperties = ["pluginName", "step", "message"];
    private static readonly string[] ProvenanceProperties = ["instrumentId", "instrumentVersion", "libraryVersion", "optionsFingerprint"];

    public static LeadershipProfile? ReadOne(JsonElement e, string path, JsonErrorList errors)
    {
        var before = errors.Count;
        if (!JsonFields.ExpectObject(e, path, errors))
        {
            return null;
        }

        JsonFields.RejectUnknown(e, path, Properties, errors);
        JsonFields.OptionalString(e, "$schema", path, errors);
        var respondentId = JsonFields.RequiredString(e, "respondentId", path, errors);
        var targetId = JsonFields.RequiredString(e, "targetId", path, errors);
        var role = JsonFields.RequiredName(e, "role", path, JsonNames.RaterRoleIds, errors);
        var dimensions = JsonFields.List(e, "dimensions", path, required: true, ReadDimension, errors);
        var overall = JsonFields.Object(e, "overall", path, required: true, errors) is { } o ? ReadOverall(o, JsonPaths.Property(path, "overall"), errors) : null;
        var authority = JsonFields.Object(e, "authority", path, required: false, errors) is { } a ? ReadAuthority(a, JsonPaths.Property(path, "authority"), errors) : null;
        var constructs = JsonFields.List(e, "constructs", path, required: false, ReadScale, errors);
        var scales = JsonFields.List(e, "scales", path, required: true, ReadScale, errors);
        var norms = JsonFields.List(e, "norms", path, required: false, ReadNorm, errors);
        var diagnostics = JsonFields.Object(e, "diagnostics", path, required: true, errors) is { } d ? ReadDiagnostics(d, JsonPaths.Property(path, "diagnostics"), errors) : null;
        var extensions = JsonFields.Object(e, "extensions", path, required: false, errors) is { } x ? ReadExtensions(x, JsonPaths.Property(path, "extensions"), errors) : ProfileExtensions.Empty;
        var provenance = JsonFields.Object(e, "provenance", path, required: true, errors) is { } p ? ReadProvenance(p, JsonPaths.Property(path, "provenance"), errors) : null;
        if (errors.Count != before)
        {
            return null;
        }

        return new LeadershipProfile
        {
            RespondentId = respondentId!,
            TargetId = targetId!,
            Role = RaterRoles.TryParse(role, out var r) ? r : RaterRole.Self,
            Dimensions = dimensions,
            Overall = overall!,
            Authority = authority,
            Constructs = constructs,
            Scales = scales,
            Norms = norms,
            Diagnostics = diagnostics!,
            Extensions = extensions ?? ProfileExtensions.Empty,
            Provenance = provenance!,
        };
    }



    private static ScaleScore? ReadScale(JsonElement e, string path, JsonErrorList errors)
    {
        var before = errors.Count;
        JsonFields.RejectUnknown(e, path, ScaleProperties, errors);
        var key = JsonFields.RequiredString(e, "target", path, errors);
        var target = key is null ? null : ScaleTargetKeys.TryParse(key);
        if (key is not null && target is null)
        {
            errors.Add(JsonPaths.Property(path, "target"), JsonErrorCodes.InvalidValue, $"'{key}' is not a scale key; use '{{dimension}}/management', '{{dimension}}/leadership', '{{dimension}}', 'base/{{base}}' or 'construct/{{id}}'.");
        }

        var status = JsonFields.RequiredName(e, "status", path, JsonNames.ScaleStatuses, errors);
        var score = JsonFields.OptionalNumber(e, "score", path, errors);
        var rawScore = JsonFields.OptionalNumber(e, "rawScore", path, errors);
        var answered = JsonFields.RequiredCount(e, "itemsAnswered", path, errors);
        var count = JsonFields.RequiredCount(e, "itemCount", path, errors);
        var standardError = JsonFields.OptionalNumberIn(e, "standardError", path, 0, double.MaxValue, errors);
        if (answered > count)
        {
            errors.Add(JsonPaths.Property(path, "itemsAnswered"), JsonErrorCodes.InvalidValue, $"'itemsAnswered' ({answered}) must not exceed 'itemCount' ({count}).");
        }

        return errors.Count != before ? null : new ScaleScore
        {
            Target = target!,
            Status = JsonNames.ToScaleStatus(status!),
            Score = score,
            RawScore = rawScore,
            ItemsAnswered = answered!.Value,
            ItemCount = count!.Value,
            StandardError = standardError,
        };
    }

    private static ScaleScore? OptionalScale(JsonElement e, string name, string path, JsonErrorList errors)
        => JsonFields.Object(e, name, path, required: false, errors) is { } s ? ReadScale(s, JsonPaths.Property(path, name), errors) : null;

    private static DimensionScore? ReadDimension(JsonElement e, string path, JsonErrorList errors)
    {
        var before = errors.Count;
        JsonFields.RejectUnknown(e, path, DimensionProperties, errors);
        var id = JsonFields.RequiredString(e, "dimensionId", path, errors);
        var management = JsonFields.OptionalNumberIn(e, "management", path, 0, 1, errors);
        var leadership = JsonFields.OptionalNumberIn(e, "leadership", path, 0, 1, errors);
        JsonFields.OptionalNumber(e, "orientation", path, errors);
        var bipolar = JsonFields.OptionalNumberIn(e, "bipolarOrientation", path, -1, 1, errors);
        JsonFields.OptionalNumber(e, "integration", path, errors);
        JsonFields.OptionalName(e, "quadrant", path, JsonNames.Quadrants, errors);
        var threshold = JsonFields.OptionalNumberIn(e, "threshold", path, 0, 1, errors);
        var isBorderline = JsonFields.OptionalBool(e, "isBorderline", path, errors);
        JsonFields.OptionalBool(e, "isWeak", path, errors);
        var m = OptionalScale(e, "managementScale", path, errors);
        var l = OptionalScale(e, "leadershipScale", path, errors);
        var b = OptionalScale(e, "bipolarScale", path, errors);
        return errors.Count != before ? null : new DimensionScore
        {
            DimensionId = id!,
            Position = new DimensionPosition
            {
                Management = management,
                Leadership = leadership,
                BipolarOrientation = bipolar,
                Threshold = threshold ?? QuadrantClassifier.DefaultThreshold,
            },
            Management = m,
            Leadership = l,
            Bipolar = b,
            IsBorderline = isBorderline ?? false,
        };
    }

    private static OverallIndices? ReadOverall(JsonElement e, string path, JsonErrorList errors)
    {
        var before = errors.Count;
        JsonFields.RejectUnknown(e, path, OverallProperties, errors);
        var management = JsonFields.OptionalNumber(e, "management", path, errors);
        var leadership = JsonFields.OptionalNumber(e, "leadership", path, errors);
        var orientation = JsonFields.OptionalNumber(e, "orientation", path, errors);
        var integration = JsonFields.OptionalNumber(e, "integration", path, errors);
        var quadrant = JsonFields.OptionalName(e, "quadrant", path, JsonNames.Quadrants, errors);
        var profileType = JsonFields.OptionalText(e, "profileType", path, errors);
        var scored = JsonFields.RequiredCount(e, "dimensionsScored", path, errors);
        return errors.Count != before ? null : new OverallIndices
        {
            Management = management,
            Leadership = leadership,
            Orientation = orientation,
            Integration = integration,
            Quadrant = quadrant is null ? null : JsonNames.ToQuadrant(quadrant),
            ProfileType = profileType,
            DimensionsScored = scored!.Value,
        };
    }

    private static AuthorityProfile? ReadAuthority(JsonElement e, string path, JsonErrorList errors)
    {
        var before = errors.Count;
        JsonFields.RejectUnknown(e, path, AuthorityProperties, errors);
        var bases = JsonFields.List(e, "bases", path, required: true, ReadBase, errors);
        var sources = JsonFields.List(e, "sources", path, required: true, ReadSource, errors);
        var share = JsonFields.OptionalNumberIn(e, "followerConferredShare", path, 0, 1, errors);
        var primary = JsonFields.OptionalName(e, "primarySource", path, JsonNames.Sources, errors);
        var outcome = JsonFields.Object(e, "expectedOutcome", path, required: false, errors) is { } o ? ReadOutcome(o, JsonPaths.Property(path, "expectedOutcome"), errors) : null;
        CheckUnique(e, "bases", "base", path, errors);
        CheckUnique(e, "sources", "source", path, errors);
        return errors.Count != before ? null : AuthorityProfile.Restore(bases, sources, share, primary is null ? null : JsonNames.ToSource(primary), outcome);
    }

    private static PowerBaseScore? ReadBase(JsonElement e, string path, JsonErrorList errors)
    {
        JsonFields.RejectUnknown(e, path, BaseProperties, errors);
        var name = JsonFields.RequiredName(e, "base", path, JsonNames.PowerBases, errors);
        var strength = JsonFields.RequiredNumberIn(e, "strength", path, 0, 1, errors);
        return name is null || strength is null ? null : new PowerBaseScore(JsonNames.ToPowerBase(name), strength.Value);
    }

    private static AuthoritySourceScore? ReadSource(JsonElement e, string path, JsonErrorList errors)
    {
        JsonFields.RejectUnknown(e, path, SourceProperties, errors);
        var name = JsonFields.RequiredName(e, "source", path, JsonNames.Sources, errors);
        var strength = JsonFields.RequiredNumberIn(e, "strength", path, 0, 1, errors);
        return name is null || strength is null ? null : new AuthoritySourceScore(JsonNames.ToSource(name), strength.Value);
    }

    private static void CheckUnique(JsonElement e, string arrayName, string name, string path, JsonErrorList errors)
    {
        if (!JsonFields.TryGet(e, arrayName, out var array) || array.ValueKind != JsonValueKind.Array)
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
                errors.Add(JsonPaths.Property(ep, name), JsonErrorCodes.DuplicateId, $"'{value.GetString()}' appears more than once in '{arrayName}'.");
            }
        }
    }

    private static OutcomeWeights? ReadOutcome(JsonElement e, string path, JsonErrorList errors)
    {
        var before = errors.Count;
        JsonFields.RejectUnknown(e, path, OutcomeProperties, errors);
        var commitment = JsonFields.RequiredNumberIn(e, "commitment", path, 0, 1, errors);
        var compliance = JsonFields.RequiredNumberIn(e, "compliance", path, 0, 1, errors);
        var resistance = JsonFields.RequiredNumberIn(e, "resistance", path, 0, 1, errors);
        if (errors.Count != before)
        {
            return null;
        }

        if (Math.Abs(commitment!.Value + compliance!.Value + resistance!.Value - 1) > 1e-9)
        {
            errors.Add(path, JsonErrorCodes.InvalidValue, "The outcome weights must sum to 1.");
            return null;
        }

        return OutcomeWeights.Restore(commitment.Value, compliance.Value, resistance.Value);
    }

    private static NormScore? ReadNorm(JsonElement e, string path, JsonErrorList errors)
    {
        JsonFields.RejectUnknown(e, path, NormProperties, errors);
        var id = JsonFields.RequiredString(e, "indexId", path, errors);
        var score = JsonFields.RequiredNumber(e, "score", path, errors);
        var percentile = JsonFields.RequiredNumberIn(e, "percentile", path, 0, 100, errors);
        var tScore = JsonFields.RequiredNumber(e, "tScore", path, errors);
        return id is null || score is null || percentile is null || tScore is null ? null : new NormScore(id, score.Value, percentile.Value, tScore.Value);
    }

    private static ProfileDiagnostics? ReadDiagnostics(JsonElement e, string path, JsonErrorList errors)
    {
        var before = errors.Count;
        JsonFields.RejectUnknown(e, path, DiagnosticsProperties, errors);
        var answered = JsonFields.RequiredCount(e, "itemsAnswered", path, errors);
        var count = JsonFields.RequiredCount(e, "itemCount", path, errors);
        JsonFields.OptionalNumberIn(e, "answeredShare", path, 0, 1, errors);
        var longestRun = JsonFields.RequiredCount(e, "longestRun", path, errors);
        var variability = JsonFields.OptionalNumberIn(e, "responseVariability", path, 0, double.MaxValue, errors);
        var adjusted = JsonFields.List(e, "adjustedAnswers", path, required: false, ReadAdjustment, errors);
        var flags = JsonFields.List(e, "flags", path, required: false, ReadFlag, errors);
        var failures = JsonFields.List(e, "pluginFailures", path, required: false, ReadFailure, errors);
        if (answered > count)
        {
            errors.Add(JsonPaths.Property(path, "itemsAnswered"), JsonErrorCodes.InvalidValue, $"'itemsAnswered' ({answered}) must not exceed 'itemCount' ({count}).");
        }

        return errors.Count != before ? null : new ProfileDiagnostics
        {
            ItemsAnswered = answered!.Value,
            ItemCount = count!.Value,
            LongestRun = longestRun!.Value,
            ResponseVariability = variability,
            AdjustedAnswers = adjusted,
            Flags = flags,
            PluginFailures = failures,
        };
    }

    private static AnswerAdjustment? ReadAdjustment(JsonElement e, string path, JsonErrorList errors)
    {
        var before = errors.Count;
        JsonFields.RejectUnknown(e, path, AdjustmentProperties, errors);
        var itemId = JsonFields.RequiredText(e, "itemId", path, errors);
        var original = JsonFields.OptionalNumber(e, "original", path, errors);
        var adjusted = JsonFields.OptionalNumber(e, "adjusted", path, errors);
        var reason = JsonFields.RequiredString(e, "reason", path, errors);
        return errors.Count != before ? null : new AnswerAdjustment(itemId!, original, adjusted, reason!);
    }

    private static DiagnosticFlag? ReadFlag(JsonElement e, string path, JsonErrorList errors)
    {
        var before = errors.Count;
        JsonFields.RejectUnknown(e, path, FlagProperties, errors);
        var code = JsonFields.RequiredString(e, "code", path, errors);
        var message = JsonFields.RequiredText(e, "message", path, errors);
        var scope = JsonFields.OptionalText(e, "scope", path, errors);
        return errors.Count != before ? null : new DiagnosticFlag(code!, message!, scope);
    }

    private static PluginFailure? ReadFailure(JsonElement e, string path, JsonErrorList errors)
    {
        var before = errors.Count;
        JsonFields.RejectUnknown(e, path, FailureProperties, errors);
        var name = JsonFields.RequiredText(e, "pluginName", path, errors);
        var step = JsonFields.RequiredString(e, "step", path, errors);
        var message = JsonFields.RequiredText(e, "message", path, errors);
        return errors.Count != before ? null : new PluginFailure(name!, step!, message!);
    }

    /// <summary>Reads extensions: strings, booleans and <c>null</c> as themselves, numbers as <see cref="double"/>; objects and arrays are refused.</summary>
    private static ProfileExtensions? ReadExtensions(JsonElement e, string path, JsonErrorList errors)
    {
        var values = new List<KeyValuePair<string, object?>>();
        foreach (var property in e.EnumerateObject())
        {
            var p = JsonPaths.Property(path, property.Name);
            var v = property.Value;
            object? value = v.ValueKind switch
            {
                JsonValueKind.String => v.GetString(),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.Number when v.TryGetDouble(out var d) && double.IsFinite(d) => d,
                _ => null,
            };
            if (value is null && v.ValueKind != JsonValueKind.Null)
            {
                errors.Add(p, JsonErrorCodes.InvalidValue, $"An extension value must be a string, a finite number, true, false or null, not {JsonFields.Describe(v.ValueKind)}.");
                continue;
            }

            if (string.IsNullOrWhiteSpace(property.Name))
            {
                errors.Add(p, JsonErrorCodes.Required, "An extension needs a non-empty name.");
                continue;
            }

            values.Add(KeyValuePair.Create(property.Name, value));
        }

        return values.Count == 0 ? ProfileExtensions.Empty : new ProfileExtensions(values.ToEquatableArray());
    }

    private static Provenance? ReadProvenance(JsonElement e, string path, JsonErrorList errors)
    {
        JsonFields.RejectUnknown(e, path, ProvenanceProperties, errors);
        var instrumentId = JsonFields.RequiredString(e, "instrumentId", path, errors);
        var instrumentVersion = JsonFields.RequiredString(e, "instrumentVersion", path, errors);
        var libraryVersion = JsonFields.RequiredString(e, "libraryVersion", path, errors);
        var fingerprint = JsonFields.RequiredString(e, "optionsFingerprint", path, errors);
        return instrumentId is null || instrumentVersion is null || libraryVersion is null || fingerprint is null
            ? null
            : new Provenance(instrumentId, instrumentVersion, libraryVersion, fingerprint);
    }
}
