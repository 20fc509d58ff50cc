namespace LeadershipModel.Reporting.Charts;

/// <summary>A step worth marking on a consent chart, with a short label.</summary>
/// <param name="Step">The step.</param>
/// <param name="Label">What happened, such as <c>6 of 8 withdraw</c> or <c>carrot</c>.</param>
internal readonly record struct ConsentChartMarker(int Step, string Label);
