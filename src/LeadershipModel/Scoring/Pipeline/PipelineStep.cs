namespace LeadershipModel.Scoring;

/// <summary>
/// One step of the scoring pipeline: one responsibility, usually around one plug-in. Steps are composed in
/// <see cref="PipelineComposer"/> and run by <see cref="PipelineRunner"/>, which alone catches their faults.
/// </summary>
/// <remarks>
/// <para>A step reads what earlier steps committed to the <see cref="ScoringContext"/>, calls its plug-in, checks
/// the plug-in's result (throwing <see cref="PluginResultException"/> when it is unusable) and only then writes its
/// results. It never catches a plug-in's exception itself.</para>
/// <para>Steps are immutable and thread-safe: one engine runs them for many sets at once.</para>
/// </remarks>
internal abstract class PipelineStep
{
    /// <summary>Initializes a step.</summary>
    /// <param name="step">The pipeline step it belongs to (see <see cref="PipelineSteps"/>), reported with its faults.</param>
    /// <param name="pluginName">The name of the plug-in it runs (or of the built-in behaviour), reported with its faults.</param>
    /// <param name="pluginKind">What the plug-in is, in words, for rejection messages ("Scale scorer").</param>
    protected PipelineStep(string step, string pluginName, string pluginKind)
    {
        Step = step;
        PluginName = pluginName;
        PluginKind = pluginKind;
    }

    /// <summary>Gets the pipeline step it belongs to (see <see cref="PipelineSteps"/>).</summary>
    public string Step { get; }

    /// <summary>Gets the plug-in's name.</summary>
    public string PluginName { get; }

    /// <summary>Gets what the plug-in is, in words.</summary>
    public string PluginKind { get; }

    /// <summary>Gets what the runner does when the step faults; <see cref="StepFallback.Reject"/> unless overridden.</summary>
    public virtual StepFallback Fallback => StepFallback.Reject;

    /// <summary>Gets a value indicating whether the step also runs for a rejected set (observers do).</summary>
    public virtual bool RunsOnRejection => false;

    /// <summary>Gets a value indicating whether the step can change a result, and so belongs in the engine's fingerprint.</summary>
    public virtual bool AffectsResults => true;

    /// <summary>Runs the step on one set.</summary>
    /// <param name="context">The set's context.</param>
    public abstract void Run(ScoringContext context);

    /// <summary>Applies the documented fallback after a fault, for <see cref="StepFallback.Record"/> steps; by default nothing.</summary>
    /// <param name="context">The context, holding no write of the faulted run.</param>
    public virtual void OnFault(ScoringContext context)
    {
    }

    /// <summary>Adds the step's options and a hash of its data to its canonical description.</summary>
    /// <param name="description">The description, already naming the step and plug-in.</param>
    public virtual void Describe(StepDescription description)
    {
    }
}
