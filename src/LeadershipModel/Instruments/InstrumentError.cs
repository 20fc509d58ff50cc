namespace LeadershipModel.Instruments;

/// <summary>One problem found in an instrument, with the JSON path of the part at fault.</summary>
/// <param name="Path">The JSON path, such as <c>$.items[3].target.dimension</c>.</param>
/// <param name="Code">A stable code, such as <c>duplicate-id</c> (see <see cref="InstrumentErrorCodes"/>).</param>
/// <param name="Message">A sentence saying what is wrong.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record InstrumentError(string Path, string Code, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Path}: {Message} [{Code}]";
}
