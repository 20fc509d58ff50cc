namespace LeadershipModel.Scoring;

/// <summary>Thrown by a step when its plug-in returned a value it cannot use (NaN, infinity, out of range); handled by the runner as a fault.</summary>
/// <param name="message">What was returned, completing "Scale scorer 'x' …": for example "returned 2 for scale 'a', outside [0, 1].".</param>
internal sealed class PluginResultException(string message) : Exception(message);
