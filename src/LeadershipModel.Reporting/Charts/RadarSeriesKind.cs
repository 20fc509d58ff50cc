namespace LeadershipModel.Reporting.Charts;

/// <summary>What a radar chart series shows.</summary>
internal enum RadarSeriesKind
{
    Management,
    Leadership,
    Orientation,
}
