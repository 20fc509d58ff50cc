using LeadershipModel.Internal;
using LeadershipModel.Responses;

namespace LeadershipModel.Feedback;

/// <summary>Applies the rules of <see cref="RaterCheck"/> to a stream of response sets, one at a time.</summary>
/// <remarks>
/// <para>It remembers each (respondent, target) pair accepted, so its memory grows with the number of ratings.</para>
/// <para>This type is not thread-safe: use one instance per stream, from one thread at a time.</para>
/// </remarks>
public sealed class RaterChecker
{
    private readonly Dictionary<(string Respondent, string Target), int> _first = [];

    /// <summary>Checks the next set.</summary>
    /// <param name="set">The set.</param>
    /// <param name="index">Its position in the stream, reported in rejections (and remembered for later duplicates).</param>
    /// <returns><see langword="null"/> when the set is accepted, else the reason it is not.</returns>
    public RaterRejection? Check(ResponseSet set, int index)
    {
        Preconditions.NotNull(set);
        var target = set.EffectiveTargetId;
        var own = string.Equals(set.RespondentId, target, StringComparison.Ordinal);
        if (set.Role == RaterRole.Self && !own)
        {
            return new RaterRejection
            {
                Index = index,
                Code = RaterRejectionCodes.ForeignSelf,
                Message = $"a self-rating must be by the person rated, but respondent '{set.RespondentId}' rated '{target}' as self.",
            };
        }

        if (set.Role != RaterRole.Self && own)
        {
            return new RaterRejection
            {
                Index = index,
                Code = RaterRejectionCodes.OwnObserver,
                Message = $"'{target}' rated themselves as {RaterRoles.ToId(set.Role)}; a person never counts as their own observer (use the role self).",
            };
        }

        if (!_first.TryAdd((set.RespondentId, target), index))
        {
            return new RaterRejection
            {
                Index = index,
                EarlierIndex = _first[(set.RespondentId, target)],
                Code = RaterRejectionCodes.DuplicateRater,
                Message = $"respondent '{set.RespondentId}' already rated '{target}'; one rater rates a target once.",
            };
        }

        return null;
    }
}
