using LeadershipModel.Analysis.Internal;
using LeadershipModel.Internal;

namespace LeadershipModel.Analysis.Responses;

/// <summary>A response set read from data, with where it came from.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record SourcedResponseSet
{
    private readonly ResponseSet _responseSet = null!;
    private readonly ResponseSetSource _source = null!;

    /// <summary>Gets the response set.</summary>
    public required ResponseSet ResponseSet { get => _responseSet; init => _responseSet = Preconditions.NotNull(value, nameof(ResponseSet)); }

    /// <summary>Gets where the set came from.</summary>
    public required ResponseSetSource Source { get => _source; init => _source = Preconditions.NotNull(value, nameof(Source)); }
}
