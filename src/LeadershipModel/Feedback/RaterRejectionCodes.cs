namespace LeadershipModel.Feedback;

/// <summary>The stable codes of <see cref="RaterRejection.Code"/>.</summary>
public static class RaterRejectionCodes
{
    /// <summary>A self-rating by someone other than the person rated.</summary>
    public const string ForeignSelf = "foreign-self";

    /// <summary>The person rated themselves in an observer role (manager, peer, direct report, other).</summary>
    public const string OwnObserver = "own-observer";

    /// <summary>A second rating of the same target by the same respondent.</summary>
    public const string DuplicateRater = "duplicate-rater";
}
