// The README's quick-start snippet lives between the two region markers below; a test checks that the README
// shows exactly these lines, and CI builds and runs this program.
#region quickstart
using LeadershipModel;
using LeadershipModel.Instruments;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

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

// Score answers to the canonical instrument (177 items, answered 1 to 5) through the engine.
var engine = ScoringEngine.CreateBuilder().AddInstrument(CanonicalInstruments.Full).Build();
var answers = CanonicalInstruments.Full.Items.Select((item, i) => KeyValuePair.Create(item.Id, (double?)(1 + (i % 5))));
var result = engine.Score(ResponseSet.Create(CanonicalInstruments.FullId, CanonicalInstruments.Version, "ada", answers));
Console.WriteLine(result.IsScored
    ? $"{result.Profile.Overall.ProfileType}: M {result.Profile.Overall.Management:0.00}, L {result.Profile.Overall.Leadership:0.00}"
    : string.Join("; ", result.Rejection.Reasons));
#endregion
