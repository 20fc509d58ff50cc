namespace LeadershipModel.Serialization;

/// <summary>One problem found while reading a JSON document, with the JSON path of the part at fault.</summary>
/// <param name="Path">The JSON path, such as <c>$.items[3].target.dimension</c>, or <c>$</c> for the whole document.</param>
/// <param name="Code">A stable code, such as <c>invalid-json</c> or <c>duplicate-key</c> (see <see cref="JsonErrorCodes"/>);
/// a rule of the document's domain keeps that rule's code, such as an instrument's <c>no-items</c>.</param>
/// <param name="Message">A sentence saying what is wrong.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record JsonError(string Path, string Code, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Path}: {Message} [{Code}]";
}
