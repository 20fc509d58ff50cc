// The README's quick-start snippet lives between the two region markers below; a test checks that the README
// shows exactly these lines, and CI builds and runs this program.
#region quickstart
using LeadershipModel;

// The nineteen dimensions of the seed, management pole first.
foreach (var dimension in DimensionSet.Canonical)
{
    Console.WriteLine($"{dimension.Order,2}. {dimension.ManagementPole.Label} / {dimension.LeadershipPole.Label}");
}

// A person is two strengths per dimension, not one point on a line.
var position = DimensionPosition.FromStrengths(management: 0.7, leadership: 0.8);
Console.WriteLine($"orientation {position.Orientation:+0.00;-0.00}, integration {position.Integration:0.00}, {position.Quadrant}");

// Where authority comes from, and what it is expected to earn.
var authority = AuthorityProfile.Create(new Dictionary<PowerBase, double>
{
    [PowerBase.Legitimate] = 0.8, [PowerBase.Reward] = 0.6, [PowerBase.Coercive] = 0.2,
    [PowerBase.Expert] = 0.7, [PowerBase.Informational] = 0.5, [PowerBase.Referent] = 0.9,
});
Console.WriteLine($"primary source {authority.PrimarySource}, conferred by followers {authority.FollowerConferredShare:P0}, " +
                  $"most likely outcome {authority.ExpectedOutcome?.MostLikely}");
#endregion
