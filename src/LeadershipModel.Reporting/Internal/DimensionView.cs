using LeadershipModel.Scoring;

namespace LeadershipModel.Reporting.Internal;

/// <summary>One dimension of a profile as a report shows it: names from the dimension set, values from the profile.</summary>
internal sealed record DimensionView
{
    public required int Number { get; init; }

    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string ManagementLabel { get; init; }

    public required string LeadershipLabel { get; init; }

    public required DimensionScore Score { get; init; }

    public DimensionPosition Position => Score.Position;

    /// <summary>Gets the bipolar estimate when it is reported beside L − M (both strengths measured too).</summary>
    public double? SideBipolar => Position.HasStrengths ? Position.BipolarOrientation : null;

    /// <summary>Gets the views of a profile's dimensions, in the profile's order, named from <paramref name="dimensions"/> (the id stands in for a dimension the set lacks).</summary>
    public static IReadOnlyList<DimensionView> Of(LeadershipProfile profile, DimensionSet dimensions)
    {
        var views = new List<DimensionView>(profile.Dimensions.Count);
        foreach (var score in profile.Dimensions)
        {
            var known = dimensions.TryGet(score.DimensionId, out var dimension);
            views.Add(new DimensionView
            {
                Number = views.Count + 1,
                Id = PlainText.Clean(score.DimensionId),
                Name = PlainText.Clean(known ? dimension!.Name : score.DimensionId),
                ManagementLabel = PlainText.Clean(known ? dimension!.ManagementPole.Label : "management"),
                LeadershipLabel = PlainText.Clean(known ? dimension!.LeadershipPole.Label : "leadership"),
                Score = score,
            });
        }

        return views;
    }
}
