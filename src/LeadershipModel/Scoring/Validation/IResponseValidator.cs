namespace LeadershipModel.Scoring;

/// <summary>A host's own check of a response set, run after the built-in answer validation; any problem it reports rejects the set.</summary>
/// <remarks>Implementations must be thread-safe: the engine calls them concurrently.</remarks>
public interface IResponseValidator
{
    /// <summary>Gets the validator's name, used in rejection reasons and failure reports.</summary>
    string Name { get; }

    /// <summary>Checks a response set and reports problems through <see cref="ResponseValidationArguments.Reject"/>.</summary>
    /// <param name="arguments">The response set, its instrument, and the problem collector.</param>
    void Validate(in ResponseValidationArguments arguments);
}
