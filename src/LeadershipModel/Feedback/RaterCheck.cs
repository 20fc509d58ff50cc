using LeadershipModel.Internal;
using LeadershipModel.Responses;

namespace LeadershipModel.Feedback;

/// <summary>Checks who rated whom before 360 ratings are scored or aggregated, so that no row can break anonymity.</summary>
/// <remarks>
/// <para>Rules, applied to the sets in order:</para>
/// <list type="number">
/// <item>A <see cref="RaterRole.Self"/> set must be by the person rated (respondent = target); otherwise it is
/// rejected (<see cref="RaterRejectionCodes.ForeignSelf"/>), never shown as the person's self-assessment.</item>
/// <item>A set in any other role must be by someone else: the person never counts as their own observer
/// (<see cref="RaterRejectionCodes.OwnObserver"/>).</item>
/// <item>One rater rates a target once: a later set with the same respondent and target (ids compared ordinally) is
/// rejected and names the earlier one (<see cref="RaterRejectionCodes.DuplicateRater"/>).</item>
/// </list>
/// <para>So after the check every group size counts distinct people. Sets without a target are self-assessments
/// (<see cref="ResponseSet.EffectiveTargetId"/> is the respondent). Reading an empty or unknown role is the reader's
/// job: a row without a known role must be rejected there, never taken as self.</para>
/// <para>For a stream, <see cref="RaterChecker"/> applies the same rules one set at a time.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class RaterCheck
{
    /// <summary>Checks response sets.</summary>
    /// <param name="sets">The sets, in the order received (for example file order).</param>
    /// <returns>The positions of the accepted sets and a rejection for every other one: accepted + rejected = sets.</returns>
    public static RaterCheckResult Check(IReadOnlyList<ResponseSet> sets)
    {
        Preconditions.NotNull(sets);
        var checker = new RaterChecker();
        var accepted = new List<int>(sets.Count);
        var rejected = new List<RaterRejection>();
        for (var i = 0; i < sets.Count; i++)
        {
            if (checker.Check(Preconditions.NotNull(sets[i], nameof(sets)), i) is { } rejection)
            {
                rejected.Add(rejection);
            }
            else
            {
                accepted.Add(i);
            }
        }

        return new RaterCheckResult { Accepted = accepted.ToEquatableArray(), Rejections = rejected.ToEquatableArray() };
    }
}
