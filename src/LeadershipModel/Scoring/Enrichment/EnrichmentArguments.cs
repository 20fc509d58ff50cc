using LeadershipModel.Instruments;
using LeadershipModel.Responses;

namespace LeadershipModel.Scoring;

/// <summary>What an <see cref="IProfileEnricher"/> sees.</summary>
/// <remarks>Valid only during the call; do not keep it.</remarks>
public readonly struct EnrichmentArguments
{
    internal EnrichmentArguments(LeadershipProfile profile, ResponseSet responseSet, Instrument instrument, ProfileExtensionsBuilder extensions)
    {
        Profile = profile;
        ResponseSet = responseSet;
        Instrument = instrument;
        Extensions = extensions;
    }

    /// <summary>Gets the profile as scored so far (without extensions).</summary>
    public LeadershipProfile Profile { get; }

    /// <summary>Gets the response set.</summary>
    public ResponseSet ResponseSet { get; }

    /// <summary>Gets the instrument.</summary>
    public Instrument Instrument { get; }

    /// <summary>Gets the collector to add results to.</summary>
    public ProfileExtensionsBuilder Extensions { get; }
}
