using System.Text.Json;
using LeadershipModel.Consent;
using LeadershipModel.Instruments;
using LeadershipModel.Internal;

namespace LeadershipModel.Serialization;

/// <summary>The reader and writer behind <see cref="JsonFormats.ConsentScenario"/>.</summary>
internal static class ConsentScenarioJson
{
    private static readonly string[] RootProperties = ["$schema", "name", "description", "followers", "steps", "role", "grant", "grantSpread", "phases", "script", "dynamics"];
    private static readonly string[] RoleProperties = ["legitimate", "reward", "coercive"];
    private static readonly string[] GrantProperties = ["expert", "informational", "referent"];
    private static readonly string[] PhaseProperties = ["fromStep", "carrot", "stick", "showExpertise", "care"];
    private static readonly string[] ScriptProperties = ["step", "event", "share", "role"];
    private static readonly string[] DynamicsProperties = ["withdrawalBase", "withdrawalSlope", "regainBase", "regainPerExpertise", "regainPerCare", "expertiseGain", "rewardBudget", "stickTrustCost"];
    private static readonly string[] LeverNames = ["never", "withdrawn", "everyone"];
    private static readonly string[] ScriptableEvents = ["role-granted", "role-revoked", "consent-granted", "consent-withdrawn"];

    internal static void WriteScenario(Utf8JsonWriter w, ConsentScenario s)
    {
        w.WriteStartObject();
        w.WriteString("$schema", JsonSchemas.ConsentScenarioSchemaId);
        w.WriteString("name", s.Name);
        w.WriteString("description", s.Description);
        w.WriteNumber("followers", s.Followers);
        w.WriteNumber("steps", s.Steps);
        if (s.Role is { } role)
        {
            WriteRole(w, "role", role);
        }
        else
        {
            w.WriteNull("role");
        }

        w.WriteStartObject("grant");
        w.WriteNumber("expert", s.Grant.Expert);
        w.WriteNumber("informational", s.Grant.Informational);
        w.WriteNumber("referent", s.Grant.Referent);
        w.WriteEndObject();
        w.WriteNumber("grantSpread", s.GrantSpread);
        w.WriteStartArray("phases");
        foreach (var phase in s.Phases)
        {
            w.WriteStartObject();
            w.WriteNumber("fromStep", phase.FromStep);
            w.WriteString("carrot", LeverNames[(int)phase.Behaviour.Carrot]);
            w.WriteString("stick", LeverNames[(int)phase.Behaviour.Stick]);
            w.WriteNumber("showExpertise", phase.Behaviour.ShowExpertise);
            w.WriteNumber("care", phase.Behaviour.Care);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("script");
        foreach (var e in s.Script)
        {
            w.WriteStartObject();
            w.WriteNumber("step", e.Step);
            w.WriteString("event", ConsentEventKinds.ToName(e.Kind));
            if (e.Kind is ConsentEventKind.ConsentGranted or ConsentEventKind.ConsentWithdrawn)
            {
                w.WriteNumber("share", e.Share);
            }

            if (e.Role is { } r)
            {
                WriteRole(w, "role", r);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        var d = s.Dynamics;
        w.WriteStartObject("dynamics");
        w.WriteNumber("withdrawalBase", d.WithdrawalBase);
        w.WriteNumber("withdrawalSlope", d.WithdrawalSlope);
        w.WriteNumber("regainBase", d.RegainBase);
        w.WriteNumber("regainPerExpertise", d.RegainPerExpertise);
        w.WriteNumber("regainPerCare", d.RegainPerCare);
        w.WriteNumber("expertiseGain", d.ExpertiseGain);
        w.WriteNumber("rewardBudget", d.RewardBudget);
        w.WriteNumber("stickTrustCost", d.StickTrustCost);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteRole(Utf8JsonWriter w, string name, ConsentRole role)
    {
        w.WriteStartObject(name);
        w.WriteNumber("legitimate", role.Legitimate);
        w.WriteNumber("reward", role.Reward);
        w.WriteNumber("coercive", role.Coercive);
        w.WriteEndObject();
    }

    internal static ConsentScenario? ReadScenario(JsonElement root, JsonErrorList errors)
    {
        const string path = "$";
        if (!JsonFields.ExpectObject(root, path, errors))
        {
            return null;
        }

        JsonFields.RejectUnknown(root, path, RootProperties, errors);
        var name = JsonFields.RequiredString(root, "name", path, errors);
        if (name is not null && !Preconditions.IsKebabId(name))
        {
            errors.Add(JsonPaths.Property(path, "name"), JsonErrorCodes.InvalidValue, $"'{name}' is not a kebab-case name (lower-case letters and digits joined by single hyphens, such as 'my-team').");
        }

        var description = JsonFields.OptionalText(root, "description", path, errors);
        var followers = OptionalWhole(root, "followers", path, 1, 9999, errors);
        var steps = OptionalWhole(root, "steps", path, 1, 10000, errors);
        var role = root.TryGetProperty("role", out var r) && r.ValueKind != JsonValueKind.Null ? ReadRole(r, JsonPaths.Property(path, "role"), errors) : null;
        ConsentGrant? grant = null;
        if (JsonFields.Object(root, "grant", path, required: true, errors) is { } g)
        {
            var gp = JsonPaths.Property(path, "grant");
            JsonFields.RejectUnknown(g, gp, GrantProperties, errors);
            var expert = JsonFields.RequiredNumberIn(g, "expert", gp, 0, 1, errors);
            var informational = JsonFields.RequiredNumberIn(g, "informational", gp, 0, 1, errors);
            var referent = JsonFields.RequiredNumberIn(g, "referent", gp, 0, 1, errors);
            grant = expert is { } e && informational is { } i && referent is { } f ? new ConsentGrant(e, i, f) : null;
        }

        var spread = JsonFields.OptionalNumberIn(root, "grantSpread", path, 0, 0.5, errors);
        var phases = ReadPhases(root, path, errors);
        var script = ReadScript(root, path, errors);
        var dynamics = JsonFields.Object(root, "dynamics", path, required: false, errors) is { } d ? ReadDynamics(d, JsonPaths.Property(path, "dynamics"), errors) : ConsentDynamicsParameters.Default;
        if (errors.Count > 0 || name is null || grant is null || dynamics is null)
        {
            return null;
        }

        var scenario = new ConsentScenario
        {
            Name = name,
            Grant = grant,
            Role = role,
            GrantSpread = spread ?? 0,
            Phases = [.. phases],
            Script = [.. script],
            Dynamics = dynamics,
        };
        if (scenario.ScriptProblem() is { } problem)
        {
            errors.Add(JsonPaths.Property(JsonPaths.Index(JsonPaths.Property(path, "script"), problem.Index), "event"), JsonErrorCodes.InvalidValue, problem.Message);
            return null;
        }

        scenario = description is null ? scenario : scenario with { Description = description };
        scenario = followers is { } n ? scenario with { Followers = n } : scenario;
        return steps is { } t ? scenario with { Steps = t } : scenario;
    }

    private static int? OptionalWhole(JsonElement obj, string name, string path, int min, int max, JsonErrorList errors)
        => JsonFields.TryGet(obj, name, out _) ? (int?)JsonFields.RequiredWhole(obj, name, path, min, max, errors) : null;

    private static ConsentRole? ReadRole(JsonElement e, string path, JsonErrorList errors)
    {
        if (!JsonFields.ExpectObject(e, path, errors))
        {
            return null;
        }

        JsonFields.RejectUnknown(e, path, RoleProperties, errors);
        var legitimate = JsonFields.RequiredNumberIn(e, "legitimate", path, 0, 1, errors);
        var reward = JsonFields.RequiredNumberIn(e, "reward", path, 0, 1, errors);
        var coercive = JsonFields.RequiredNumberIn(e, "coercive", path, 0, 1, errors);
        return legitimate is { } l && reward is { } w && coercive is { } c ? new ConsentRole(l, w, c) : null;
    }

    private static List<ConsentPhase> ReadPhases(JsonElement root, string path, JsonErrorList errors)
    {
        var phases = new List<ConsentPhase>();
        if (JsonFields.Array(root, "phases", path, required: false, errors) is not { } array)
        {
            return phases;
        }

        var i = 0;
        foreach (var e in array.EnumerateArray())
        {
            var p = JsonPaths.Index(JsonPaths.Property(path, "phases"), i++);
            if (!JsonFields.ExpectObject(e, p, errors))
            {
                continue;
            }

            JsonFields.RejectUnknown(e, p, PhaseProperties, errors);
            var from = (int?)JsonFields.RequiredWhole(e, "fromStep", p, 1, int.MaxValue, errors);
            var carrot = JsonFields.OptionalName(e, "carrot", p, LeverNames, errors);
            var stick = JsonFields.OptionalName(e, "stick", p, LeverNames, errors);
            var expertise = JsonFields.OptionalNumberIn(e, "showExpertise", p, 0, 1, errors);
            var care = JsonFields.OptionalNumberIn(e, "care", p, 0, 1, errors);
            if (from is not { } f)
            {
                continue;
            }

            if (phases.Count > 0 && f <= phases[^1].FromStep)
            {
                errors.Add(JsonPaths.Property(p, "fromStep"), JsonErrorCodes.InvalidValue, $"Phase {i - 1} starts at step {f}, which is not after the phase before it (step {phases[^1].FromStep}).");
                continue;
            }

            phases.Add(new ConsentPhase(f, new ConsentBehaviour
            {
                Carrot = (ConsentLeverUse)Math.Max(0, Array.IndexOf(LeverNames, carrot)),
                Stick = (ConsentLeverUse)Math.Max(0, Array.IndexOf(LeverNames, stick)),
                ShowExpertise = expertise ?? 0,
                Care = care ?? 0,
            }));
        }

        return phases;
    }

    private static List<ConsentScriptedEvent> ReadScript(JsonElement root, string path, JsonErrorList errors)
    {
        var script = new List<ConsentScriptedEvent>();
        if (JsonFields.Array(root, "script", path, required: false, errors) is not { } array)
        {
            return script;
        }

        var i = 0;
        foreach (var e in array.EnumerateArray())
        {
            var p = JsonPaths.Index(JsonPaths.Property(path, "script"), i++);
            if (!JsonFields.ExpectObject(e, p, errors))
            {
                continue;
            }

            JsonFields.RejectUnknown(e, p, ScriptProperties, errors);
            var step = (int?)JsonFields.RequiredWhole(e, "step", p, 1, int.MaxValue, errors);
            var name = JsonFields.RequiredName(e, "event", p, ScriptableEvents, errors);
            var share = JsonFields.OptionalNumberIn(e, "share", p, double.Epsilon, 1, errors);
            var hasRole = e.TryGetProperty("role", out var r);
            var role = hasRole ? ReadRole(r, JsonPaths.Property(p, "role"), errors) : null;
            if (step is not { } s || name is null || !ConsentEventKinds.TryParse(name, out var kind))
            {
                continue;
            }

            if (kind == ConsentEventKind.RoleGranted && !hasRole)
            {
                errors.Add(JsonPaths.Property(p, "role"), JsonErrorCodes.Required, "'role' is required with 'role-granted'.");
                continue;
            }

            if (kind != ConsentEventKind.RoleGranted && hasRole)
            {
                errors.Add(JsonPaths.Property(p, "role"), JsonErrorCodes.InvalidValue, $"'role' is given only with 'role-granted', not with '{name}'.");
                continue;
            }

            if (share is not null && kind is ConsentEventKind.RoleGranted or ConsentEventKind.RoleRevoked)
            {
                errors.Add(JsonPaths.Property(p, "share"), JsonErrorCodes.InvalidValue, $"'share' is given only with consent events, not with '{name}'.");
                continue;
            }

            if (script.Count > 0 && s < script[^1].Step)
            {
                errors.Add(JsonPaths.Property(p, "step"), JsonErrorCodes.InvalidValue, $"Scripted event {i - 1} at step {s} comes before the event before it (step {script[^1].Step}).");
                continue;
            }

            if (kind != ConsentEventKind.RoleGranted || role is not null)
            {
                script.Add(new ConsentScriptedEvent(s, kind, role, share ?? 1));
            }
        }

        return script;
    }

    private static ConsentDynamicsParameters? ReadDynamics(JsonElement e, string path, JsonErrorList errors)
    {
        JsonFields.RejectUnknown(e, path, DynamicsProperties, errors);
        var d = ConsentDynamicsParameters.Default;
        var withdrawalBase = JsonFields.OptionalNumberIn(e, "withdrawalBase", path, 0, 1, errors);
        var withdrawalSlope = JsonFields.OptionalNumberIn(e, "withdrawalSlope", path, 0, 1, errors);
        var regainBase = JsonFields.OptionalNumberIn(e, "regainBase", path, 0, 1, errors);
        var regainPerExpertise = JsonFields.OptionalNumberIn(e, "regainPerExpertise", path, 0, 1, errors);
        var regainPerCare = JsonFields.OptionalNumberIn(e, "regainPerCare", path, 0, 1, errors);
        var expertiseGain = JsonFields.OptionalNumberIn(e, "expertiseGain", path, double.Epsilon, 1, errors);
        var rewardBudget = OptionalWhole(e, "rewardBudget", path, 0, int.MaxValue, errors);
        var stickTrustCost = JsonFields.OptionalNumberIn(e, "stickTrustCost", path, 0, 1, errors);
        return new ConsentDynamicsParameters
        {
            WithdrawalBase = withdrawalBase ?? d.WithdrawalBase,
            WithdrawalSlope = withdrawalSlope ?? d.WithdrawalSlope,
            RegainBase = regainBase ?? d.RegainBase,
            RegainPerExpertise = regainPerExpertise ?? d.RegainPerExpertise,
            RegainPerCare = regainPerCare ?? d.RegainPerCare,
            ExpertiseGain = expertiseGain ?? d.ExpertiseGain,
            RewardBudget = rewardBudget ?? d.RewardBudget,
            StickTrustCost = stickTrustCost ?? d.StickTrustCost,
        };
    }
}
