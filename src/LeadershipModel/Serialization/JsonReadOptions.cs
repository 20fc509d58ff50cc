using LeadershipModel.Internal;

namespace LeadershipModel.Serialization;

/// <summary>Limits that protect a reader from oversized or deeply nested JSON documents.</summary>
/// <remarks>
/// <para>A document that breaks a limit is reported as an <c>invalid-json</c> error at <c>$</c>, never read in part.</para>
/// <para>This type is immutable and thread-safe. Its checks run in the <c>init</c> accessors.</para>
/// </remarks>
public sealed record JsonReadOptions
{
    /// <summary>The default maximum document size: 4 MiB.</summary>
    public const int DefaultMaxDocumentBytes = 4 * 1024 * 1024;

    /// <summary>The default maximum nesting depth: 32.</summary>
    public const int DefaultMaxDepth = 32;

    private readonly int _maxDocumentBytes = DefaultMaxDocumentBytes;
    private readonly int _maxDepth = DefaultMaxDepth;

    /// <summary>Gets the default limits: 4 MiB and a depth of 32.</summary>
    public static JsonReadOptions Default { get; } = new();

    /// <summary>Gets the largest document accepted, in UTF-8 bytes; positive.</summary>
    public int MaxDocumentBytes { get => _maxDocumentBytes; init => _maxDocumentBytes = Preconditions.Positive(value, nameof(MaxDocumentBytes)); }

    /// <summary>Gets the deepest nesting of objects and arrays accepted, 1 to 256.</summary>
    public int MaxDepth { get => _maxDepth; init => _maxDepth = Preconditions.InRange(value, 1, 256, nameof(MaxDepth)); }
}
