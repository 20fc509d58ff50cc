using CsCheck;
using LeadershipModel.Analysis.Change;
using LeadershipModel.Analysis.Tests.Feedback;
using LeadershipModel.Change;
using LeadershipModel.Norms;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

namespace LeadershipModel.Analysis.Tests.Change;

public sealed class ReliableChangeTests
{
    private static readonly ChangeReliability LeadershipOnly = ChangeReliability.FromValues("test figures", new Dictionary<string, double> { [IndexIds.Leadership] = 0.8 });

    private static LeadershipProfile Self(string id, double leadership) => FeedbackProfiles.Rater(id, RaterRole.Self, leadership: leadership, target: id);

    [Fact]
    public void Compare_HandComputedExample_GivesSemSdiffRciAndCategory()
    {
        // pre 0.4, 0.6 (sd = √0.02), r = 0.8: SEM = √0.02·√0.2 = 0.063245…, S_diff = √2·SEM = 0.08944…
        // Person a: 0.4 → 0.6, RCI = 0.2/0.08944 = 2.236 > 1.96: increased. Person b: 0.6 → 0.55: −0.559, unchanged.
        var report = ReliableChange.Compare([Self("a", 0.4), Self("b", 0.6)], [Self("a", 0.6), Self("b", 0.55)], new ReliableChangeOptions { Reliability = LeadershipOnly });

        var a = report.People[0].Indices.Single(i => i.IndexId == IndexIds.Leadership);
        var sem = Math.Sqrt(0.02) * Math.Sqrt(0.2);
        a.StandardDeviationPre!.Value.Should().BeApproximately(Math.Sqrt(0.02), 1e-15);
        a.StandardErrorOfMeasurement!.Value.Should().BeApproximately(sem, 1e-15);
        a.StandardErrorOfDifference!.Value.Should().BeApproximately(Math.Sqrt(2) * sem, 1e-15);
        a.Rci!.Value.Should().BeApproximately(0.2 / (Math.Sqrt(2) * sem), 1e-12);
        a.Category.Should().Be(ChangeCategory.Increased);
        report.People[1].Indices.Single(i => i.IndexId == IndexIds.Leadership).Category.Should().Be(ChangeCategory.Unchanged);
        report.ReliabilitySource.Should().Be("test figures");
    }

    [Fact]
    public void Compare_EqualsTheRReference()
    {
        var c = ResearchReference.Root.GetProperty("change");
        var pre = ResearchReference.Numbers(c.GetProperty("pre"));
        var post = ResearchReference.Numbers(c.GetProperty("post"));
        var reliability = ChangeReliability.FromValues("R", new Dictionary<string, double> { [IndexIds.Leadership] = c.GetProperty("reliability").GetDouble() });

        var report = ReliableChange.Compare(
            pre.Select((x, i) => Self($"p{i}", x)),
            post.Select((x, i) => Self($"p{i}", x)),
            new ReliableChangeOptions { Reliability = reliability });

        var rci = ResearchReference.Numbers(c.GetProperty("rci"));
        var categories = ResearchReference.Strings(c.GetProperty("category"));
        for (var i = 0; i < pre.Length; i++)
        {
            var index = report.People[i].Indices.Single(x => x.IndexId == IndexIds.Leadership);
            index.StandardErrorOfMeasurement!.Value.Should().BeApproximately(c.GetProperty("sem").GetDouble(), 1e-12);
            index.StandardErrorOfDifference!.Value.Should().BeApproximately(c.GetProperty("s_diff").GetDouble(), 1e-12);
            index.Rci!.Value.Should().BeApproximately(rci[i], 1e-10);
            LeadershipModel.Change.ChangeCategories.ToId(index.Category!.Value).Should().Be(categories[i]);
        }

        var summary = report.Summary.Single(s => s.IndexId == IndexIds.Leadership);
        summary.T!.Value.Should().BeApproximately(c.GetProperty("t").GetDouble(), 1e-10);
        summary.DegreesOfFreedom.Should().Be(c.GetProperty("df").GetDouble());
        summary.PValue!.Value.Should().BeApproximately(c.GetProperty("p").GetDouble(), 1e-10);
        summary.Dz!.Value.Should().BeApproximately(c.GetProperty("dz").GetDouble(), 1e-12);
        (summary.Increased, summary.Unchanged, summary.Decreased).Should().Be((categories.Count(x => x == "increased"), categories.Count(x => x == "unchanged"), categories.Count(x => x == "decreased")));
    }

    [Fact]
    public void Compare_PeopleAtOneTimeOnly_AreListedAsUnmatched()
    {
        var report = ReliableChange.Compare([Self("a", 0.4), Self("b", 0.6), Self("gone", 0.5)], [Self("a", 0.6), Self("b", 0.55), Self("new", 0.3)], new ReliableChangeOptions { Reliability = LeadershipOnly });

        report.People.Select(p => p.RespondentId).Should().Equal("a", "b");
        report.Unmatched.Should().Equal(
            new UnmatchedRating { RespondentId = "gone", TargetId = "gone", PresentIn = ChangeWave.Pre },
            new UnmatchedRating { RespondentId = "new", TargetId = "new", PresentIn = ChangeWave.Post });
    }

    [Fact]
    public void Compare_IndexWithoutReliability_HasNoRciAndAReason()
    {
        var report = ReliableChange.Compare([Self("a", 0.4), Self("b", 0.6)], [Self("a", 0.6), Self("b", 0.55)], new ReliableChangeOptions { Reliability = LeadershipOnly });

        var orientation = report.People[0].Indices.Single(i => i.IndexId == IndexIds.Orientation);
        orientation.Difference.Should().NotBeNull();
        orientation.Rci.Should().BeNull();
        orientation.StandardErrorOfMeasurement.Should().BeNull();
        orientation.Category.Should().BeNull();
        orientation.Reason.Should().Contain("no reliability");
    }

    [Fact]
    public void Compare_NormTableReliability_UsesTheTablesStandardDeviation()
    {
        var table = NormTable.Create("n", "Norms", 100, [NormIndex.Create(IndexIds.Leadership, 100, [new NormPoint(0, 0), new NormPoint(1, 100)], 0.5, standardDeviation: 0.1, reliability: 0.75)]);

        var report = ReliableChange.Compare([Self("a", 0.4), Self("b", 0.6)], [Self("a", 0.6), Self("b", 0.55)], new ReliableChangeOptions { Reliability = ChangeReliability.FromNormTable(table) });

        var a = report.People[0].Indices.Single(i => i.IndexId == IndexIds.Leadership);
        a.StandardDeviationPre.Should().Be(0.1);
        a.StandardErrorOfMeasurement!.Value.Should().BeApproximately(0.05, 1e-15);
        report.ReliabilitySource.Should().Contain("norm table 'n'");
    }

    [Fact]
    public void Compare_SameRaterTwiceInOneAdministration_IsAnError()
    {
        var act = () => ReliableChange.Compare([Self("a", 0.4), Self("a", 0.5)], [Self("a", 0.6)], new ReliableChangeOptions { Reliability = LeadershipOnly });

        act.Should().Throw<ArgumentException>().WithMessage("*'a'*more than once in the first administration*");
    }

    [Fact]
    public void Compare_360Raters_AreGroupedNeverListedAlone_AndGetNoRci()
    {
        List<LeadershipProfile> Wave(double shift) =>
        [
            FeedbackProfiles.Rater("t", RaterRole.Self, 0.5, 0.5),
            FeedbackProfiles.Rater("m", RaterRole.Manager, 0.4 + shift, 0.5),
            .. Enumerable.Range(0, 3).Select(i => FeedbackProfiles.Rater($"p{i}", RaterRole.Peer, 0.3 + (0.1 * i) + shift, 0.5)),
            FeedbackProfiles.Rater("d0", RaterRole.DirectReport, 0.6 + shift, 0.5),
        ];

        var report = ReliableChange.Compare(Wave(0), Wave(0.1), new ReliableChangeOptions { Reliability = LeadershipOnly });

        report.People.Select(p => p.RespondentId).Should().Equal("t");
        // One direct report is below the threshold, so the peers join them as "others-combined" (4 raters).
        var combined = report.Groups.Single(g => g.Group == "others-combined");
        (combined.RatersPre, combined.RatersPost).Should().Be((4, 4));
        combined.Indices.Single(i => i.IndexId == IndexIds.Management).Difference!.Value.Should().BeApproximately(0.1, 1e-12);
        report.Groups.Select(g => g.Group).Should().BeEquivalentTo(["manager", "others-combined", "all-others"]);
        report.Groups.Single(g => g.Group == "manager").Indices.Single(i => i.IndexId == IndexIds.Management).Difference!.Value.Should().BeApproximately(0.1, 1e-12);
    }

    [Fact]
    public void Compare_AnyMixOfRaters_NoGroupFigureRestsOnFewerThanTheThreshold_OrOnARaterPresentOnce()
    {
        var roles = new[] { RaterRole.Manager, RaterRole.Peer, RaterRole.DirectReport, RaterRole.Other };
        var gen = from raters in Gen.Select(Gen.Int[0, 3], Gen.Int[0, 1], Gen.Double[0, 1]).Array[1, 12]
                  from threshold in Gen.Int[2, 4]
                  select (raters, threshold);
        Samples.Check(gen, x =>
        {
            var (raters, threshold) = x;
            var pre = new List<LeadershipProfile>();
            var post = new List<LeadershipProfile>();
            var postAltered = new List<LeadershipProfile>();
            for (var i = 0; i < raters.Length; i++)
            {
                var (role, presence, value) = raters[i];
                var profile = FeedbackProfiles.Rater($"r{i}", roles[role], value);
                pre.Add(profile);
                if (presence == 1)
                {
                    post.Add(profile with { Overall = profile.Overall with { Management = 1 - value } });
                    postAltered.Add(post[^1]);
                }
                else
                {
                    // Present at one time only: its post twin is unmatched; changing it must change no group figure.
                    postAltered.Add(FeedbackProfiles.Rater($"x{i}", roles[role], 0.99));
                }
            }

            var options = new ReliableChangeOptions { Reliability = LeadershipOnly, AnonymityThreshold = threshold };
            var report = ReliableChange.Compare(pre, post, options);
            var altered = ReliableChange.Compare(pre, postAltered, options);

            report.People.Should().BeEmpty("no rater is reported alone");
            foreach (var g in report.Groups.Where(g => g.Group is not "manager"))
            {
                g.RatersPre.Should().BeGreaterThanOrEqualTo(threshold);
                g.RatersPost.Should().Be(g.RatersPre, "both times describe the same raters");
            }

            altered.Groups.Should().Equal(report.Groups, "a rater present at one time only changes no group figure");
        });
    }
}
