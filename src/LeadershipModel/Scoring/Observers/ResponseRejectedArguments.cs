using LeadershipModel.Responses;

namespace LeadershipModel.Scoring;

/// <summary>The event of a rejected response set.</summary>
public readonly struct ResponseRejectedArguments
{
    internal ResponseRejectedArguments(ResponseSet responseSet, Rejection rejection)
    {
        ResponseSet = responseSet;
        Rejection = rejection;
    }

    /// <summary>Gets the response set.</summary>
    public ResponseSet ResponseSet { get; }

    /// <summary>Gets the rejection with every reason.</summary>
    public Rejection Rejection { get; }
}
