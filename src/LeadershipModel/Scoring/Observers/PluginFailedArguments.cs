namespace LeadershipModel.Scoring;

/// <summary>The event of a failed plug-in.</summary>
public readonly struct PluginFailedArguments
{
    internal PluginFailedArguments(long index, PluginFailure failure, Exception exception)
    {
        Index = index;
        Failure = failure;
        Exception = exception;
    }

    /// <summary>Gets the position of the response set being scored.</summary>
    public long Index { get; }

    /// <summary>Gets the failure as reported in the profile.</summary>
    public PluginFailure Failure { get; }

    /// <summary>Gets the exception thrown.</summary>
    public Exception Exception { get; }
}
