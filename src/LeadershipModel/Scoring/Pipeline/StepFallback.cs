namespace LeadershipModel.Scoring;

/// <summary>What the runner does when a step's plug-in faults.</summary>
internal enum StepFallback
{
    /// <summary>Reject the set with <see cref="RejectionCodes.PluginFailed"/>: no score can be trusted without the plug-in.</summary>
    Reject,

    /// <summary>Add a <see cref="RejectionCodes.PluginFailed"/> problem and let validation go on, so that the rejection lists every problem.</summary>
    AddProblem,

    /// <summary>Record the failure in the profile's diagnostics and carry on as if the plug-in were absent (or as its step documents).</summary>
    Record,
}
