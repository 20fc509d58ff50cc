namespace LeadershipModel.Scoring;

/// <summary>A plug-in (enricher, observer, validator, scorer) that threw; the result is kept intact and the failure reported.</summary>
/// <param name="PluginName">The plug-in's name.</param>
/// <param name="Step">The pipeline step, such as <c>enrichment</c> (see <see cref="PipelineSteps"/>).</param>
/// <param name="Message">The exception's type and message.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record PluginFailure(string PluginName, string Step, string Message);
