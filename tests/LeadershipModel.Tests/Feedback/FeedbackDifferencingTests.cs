using CsCheck;
using LeadershipModel.Feedback;
using LeadershipModel.Instruments;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;
using LeadershipModel.Serialization;

namespace LeadershipModel.Tests.Feedback;

/// <summary>
/// What two feedback reports reveal when compared, and what the order of the rows may not reveal. The core README's
/// anonymity paragraph ("What averages inherently reveal") states the first; these tests keep it true.
/// </summary>
public sealed class FeedbackDifferencingTests
{
    private static readonly Instrument Instrument = CanonicalInstruments.Short;
    private static readonly ScoringEngine Engine = ScoringEngine.CreateBuilder().AddInstrument(Instrument).Build();

    private static ResponseSet Rating(string id, RaterRole role, int seed)
    {
        var random = new Random(seed);
        return ResponseSet.Create(
            Instrument.Id, Instrument.Version, id,
            Instrument.Items.Select(item => new KeyValuePair<string, double?>(item.Id, random.Next(1, 6))),
            role, "T1");
    }

    private static List<ResponseSet> Round(int peers, int seed)
    {
        var sets = new List<ResponseSet> { Rating("T1", RaterRole.Self, seed), Rating("boss-7", RaterRole.Manager, seed + 1) };
        sets.AddRange(Enumerable.Range(0, peers).Select(p => Rating($"peer-{p}", RaterRole.Peer, seed + 10 + p)));
        return sets;
    }

    [Fact]
    public void TwoReportsOneRaterApart_DifferByThatRatersAnswers_WhichIsWhyFeedbackIsReleasedOncePerRound()
    {
        // An attacker who sees the report before and after one more peer answered: 4·mean₄ − 3·mean₃ is the
        // newcomer's answer to every item. No aggregate can prevent this; the README says so and advises one release
        // per round (the campaign app releases once, after close). The test proves the statement, item by item.
        var before = Round(peers: 3, seed: 11);
        var newcomer = Rating("peer-new", RaterRole.Peer, seed: 99);
        var after = before.Append(newcomer).ToList();

        var first = FeedbackDocumentBuilder.Build(Engine, Instrument, before).Document;
        var second = FeedbackDocumentBuilder.Build(Engine, Instrument, after).Document;
        var peers3 = first.Targets[0].GetItems(FeedbackGroupKind.Peer)!.Items;
        var peers4 = second.Targets[0].GetItems(FeedbackGroupKind.Peer)!.Items;

        for (var i = 0; i < Instrument.Items.Count; i++)
        {
            var recovered = (4 * peers4[i].Mean!.Value) - (3 * peers3[i].Mean!.Value);
            recovered.Should().BeApproximately(newcomer.Answers.Single(a => a.ItemId == peers4[i].ItemId).Value!.Value, 1e-9);
        }

        // Neither report names the newcomer (or any rater): the leak is in the arithmetic, not in the document.
        foreach (var json in new[] { JsonFormats.Feedback.Write(first), JsonFormats.Feedback.Write(second) })
        {
            foreach (var rater in after.Where(s => s.RespondentId != "T1"))
            {
                json.Should().NotContain(rater.RespondentId);
            }
        }
    }

    [Fact]
    public void RowOrder_DoesNotChangeOneByte()
    {
        // Means are summed in a canonical order, so the last digits cannot point to the order the raters answered in.
        Gen.Select(Gen.Int[0, 10_000], Gen.Int[3, 8], Gen.Int[0, int.MaxValue]).Sample((seed, peers, shuffleSeed) =>
        {
            var sets = Round(peers, seed);
            sets.AddRange(Enumerable.Range(0, 3).Select(d => Rating($"dr-{d}", RaterRole.DirectReport, seed + 50 + d)));
            var shuffled = sets.ToArray();
            new Random(shuffleSeed).Shuffle(shuffled);

            JsonFormats.Feedback.Write(FeedbackDocumentBuilder.Build(Engine, Instrument, shuffled).Document)
                .Should().Be(JsonFormats.Feedback.Write(FeedbackDocumentBuilder.Build(Engine, Instrument, sets).Document));
        }, iter: 40);
    }
}
