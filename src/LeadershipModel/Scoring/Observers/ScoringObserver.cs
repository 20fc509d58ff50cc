namespace LeadershipModel.Scoring;

/// <summary>
/// Receives the engine's events for logging and metrics. Override the events of interest; the defaults do nothing.
/// </summary>
/// <remarks>
/// Implementations must be thread-safe: events arrive concurrently when scoring in parallel. An observer that
/// throws is reported with its <see cref="Name"/> in the profile's diagnostics and to the other observers; it never
/// changes a score.
/// </remarks>
public abstract class ScoringObserver
{
    /// <summary>Gets the observer's name; its type name by default.</summary>
    public virtual string Name => GetType().Name;

    /// <summary>Called after a response set is scored.</summary>
    /// <param name="arguments">The profile and the response set.</param>
    public virtual void OnScored(in ProfileScoredArguments arguments)
    {
    }

    /// <summary>Called after a response set is rejected.</summary>
    /// <param name="arguments">The rejection and the response set.</param>
    public virtual void OnRejected(in ResponseRejectedArguments arguments)
    {
    }

    /// <summary>Called when a plug-in fails.</summary>
    /// <param name="arguments">The failure.</param>
    public virtual void OnPluginFailed(in PluginFailedArguments arguments)
    {
    }
}
