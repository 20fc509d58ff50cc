namespace LeadershipModel.Scoring;

/// <summary>Assembles the profile from what the earlier steps committed, with its diagnostics and flags.</summary>
internal sealed class ProfileAssemblyStep(AnswerValidationOptions validation) : PipelineStep("assembly", "profile", "Profile assembly")
{
    public override void Run(ScoringContext context)
    {
        var compiled = context.Instrument;
        var flags = context.Flags;

        // The weak-poles flag alone (the common case) is a shared array; a list is made only for more flags.
        var weakPending = compiled.WeakPolesFlag is not null;
        if (flags is not null && weakPending)
        {
            flags.Add(compiled.WeakPolesFlag!);
            weakPending = false;
        }

        if (context.Borderline is > 0 and var borderline)
        {
            AddFlag(ref flags, ref weakPending, compiled, new DiagnosticFlag(DiagnosticCodes.Borderline, $"{borderline} dimension quadrant{(borderline == 1 ? " is" : "s are")} within one standard error of measurement of the threshold."));
        }

        if (context.LongestRun >= context.RunLimit)
        {
            AddFlag(ref flags, ref weakPending, compiled, new DiagnosticFlag(DiagnosticCodes.LongRun, $"{context.LongestRun} identical answers in a row (the limit is {context.RunLimit}); the set may have been answered carelessly."));
        }

        if (context.Adjustments is { Count: > 0 } adjustments)
        {
            AddFlag(ref flags, ref weakPending, compiled, new DiagnosticFlag(DiagnosticCodes.AnswerAdjusted, $"{adjustments.Count} answer{(adjustments.Count == 1 ? " was" : "s were")} treated as missing or clamped by the {validation.Policy} policy."));
        }

        var set = context.Set;
        var irv = context.ResponseVariability;
        context.Profile = new LeadershipProfile
        {
            RespondentId = set.RespondentId,
            TargetId = set.EffectiveTargetId,
            Role = set.Role,
            Dimensions = EquatableArray<DimensionScore>.TakeOwnership(context.Dimensions!),
            Overall = context.Overall!,
            Authority = context.Authority,
            Constructs = context.Constructs,
            Scales = EquatableArray<ScaleScore>.TakeOwnership(context.Scales!),
            Norms = context.Norms,
            Diagnostics = new ProfileDiagnostics
            {
                ItemsAnswered = context.Answered,
                ItemCount = context.ItemCount,
                LongestRun = context.LongestRun,
                ResponseVariability = double.IsNaN(irv) ? null : irv,
                AdjustedAnswers = context.Adjustments?.ToEquatableArray() ?? default,
                Flags = flags is { Count: > 0 } ? flags.ToEquatableArray() : weakPending ? compiled.WeakPolesOnly : default,
            },
            Provenance = compiled.Provenance,
        };
    }

    private static void AddFlag(ref List<DiagnosticFlag>? flags, ref bool weakPending, CompiledInstrument compiled, DiagnosticFlag flag)
    {
        flags ??= new List<DiagnosticFlag>(4);
        if (weakPending)
        {
            flags.Add(compiled.WeakPolesFlag!);
            weakPending = false;
        }

        flags.Add(flag);
    }
}
