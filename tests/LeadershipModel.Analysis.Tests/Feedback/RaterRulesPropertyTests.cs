using CsCheck;
using LeadershipModel.Feedback;
using LeadershipModel.Responses;
using static LeadershipModel.Analysis.Tests.Feedback.FeedbackProfiles;

namespace LeadershipModel.Analysis.Tests.Feedback;

/// <summary>
/// Any mix of rows (duplicate raters, the target in any role, self rows by others) goes through the rater rules and
/// the aggregator: no published anonymous figure rests on fewer than the threshold of distinct people.
/// </summary>
public sealed class RaterRulesPropertyTests
{
    private static readonly string[] People = ["t", "a", "b", "c", "d", "e", "f"];

    private static readonly Gen<((int Person, int Role)[] Rows, int Threshold, bool ManagerAlone)> Rows =
        from rows in Gen.Select(Gen.Int[0, People.Length - 1], Gen.Int[0, 4]).Array[0, 30]
        from threshold in Gen.Int[2, 4]
        from managerAlone in Gen.Bool
        select (rows, threshold, managerAlone);

    [Fact]
    public void CheckThenAggregate_AnyRows_EveryPublishedAnonymousFigureRestsOnAtLeastThresholdDistinctPeople()
    {
        Samples.Check(Rows, sample =>
        {
            var (rows, t, managerAlone) = sample;
            var sets = rows.Select(r => ResponseSet.Create("i", "1", People[r.Person], [], (RaterRole)r.Role, "t")).ToList();
            var check = RaterCheck.Check(sets);
            var accepted = check.Accepted.Select(i => sets[i]).ToList();

            (accepted.Count + check.Rejections.Count).Should().Be(sets.Count);
            if (accepted.Count == 0)
            {
                return;
            }

            accepted.Select(s => s.RespondentId).Should().OnlyHaveUniqueItems("a person rates the target once");
            accepted.Should().OnlyContain(s => (s.RespondentId == "t") == (s.Role == RaterRole.Self), "only the target is self, and never an observer");

            var report = FeedbackAggregator.Aggregate(
                accepted.Select(s => Rater(s.RespondentId, s.Role)),
                new FeedbackOptions { AnonymityThreshold = t, ShowManagerSeparately = managerAlone });

            foreach (var g in report.Groups)
            {
                var exempt = g.Kind == FeedbackGroupKind.Self || (managerAlone && g.Kind == FeedbackGroupKind.Manager);
                if (!exempt)
                {
                    g.RaterCount.Should().BeGreaterThanOrEqualTo(t);
                    g.Indices.Where(i => i.Mean is not null).Should().OnlyContain(i => i.Count >= t);
                }
            }

            var disjoint = report.Groups.Where(g => g.Kind != FeedbackGroupKind.AllOthers).Sum(g => g.RaterCount);
            (disjoint + report.WithheldRaterCount).Should().Be(accepted.Count, "every distinct person is in exactly one group or withheld");
        });
    }
}
