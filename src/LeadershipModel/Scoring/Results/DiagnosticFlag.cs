namespace LeadershipModel.Scoring;

/// <summary>Something about a response set a reader of the profile should know, such as too little answered on a scale.</summary>
/// <param name="Code">A stable code (see <see cref="DiagnosticCodes"/>).</param>
/// <param name="Message">A sentence saying what was found.</param>
/// <param name="Scope">The scale key, item id or dimension id concerned, or <see langword="null"/> for the whole set.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record DiagnosticFlag(string Code, string Message, string? Scope = null);
