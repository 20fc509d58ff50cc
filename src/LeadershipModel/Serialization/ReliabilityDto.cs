namespace LeadershipModel.Serialization;

/// <summary>The JSON shape of a scale's known reliability.</summary>
internal sealed record ReliabilityDto(TargetDto Target, double Reliability, double StandardDeviation);
