using LeadershipModel.Instruments;
using LeadershipModel.Responses;

namespace LeadershipModel.Scoring;

/// <summary>What a <see cref="IResponseValidator"/> sees.</summary>
/// <remarks>Valid only during the call; do not keep it.</remarks>
public readonly struct ResponseValidationArguments
{
    private readonly List<RejectionReason> _problems;
    private readonly string _validatorName;

    internal ResponseValidationArguments(ResponseSet responseSet, Instrument instrument, List<RejectionReason> problems, string validatorName)
    {
        ResponseSet = responseSet;
        Instrument = instrument;
        _problems = problems;
        _validatorName = validatorName;
    }

    /// <summary>Gets the response set being scored.</summary>
    public ResponseSet ResponseSet { get; }

    /// <summary>Gets the instrument it answers.</summary>
    public Instrument Instrument { get; }

    /// <summary>Reports a problem; the set will be rejected with this reason (code <see cref="RejectionCodes.HostValidation"/>).</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="itemId">The item concerned, if any.</param>
    public void Reject(string message, string? itemId = null)
        => _problems.Add(new RejectionReason(RejectionCodes.HostValidation, $"{_validatorName}: {message}", itemId));
}
