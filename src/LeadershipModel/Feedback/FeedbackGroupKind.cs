using LeadershipModel.Responses;

namespace LeadershipModel.Feedback;

/// <summary>What a published group of a <see cref="FeedbackReport"/> holds.</summary>
public enum FeedbackGroupKind
{
    /// <summary>The target's own rating; always shown.</summary>
    Self,

    /// <summary>The target's manager or managers.</summary>
    Manager,

    /// <summary>Peers, when there are at least the anonymity threshold of them.</summary>
    Peer,

    /// <summary>Direct reports, when there are at least the anonymity threshold of them.</summary>
    DirectReport,

    /// <summary>Raters of the role <see cref="RaterRole.Other"/>, when there are at least the anonymity threshold of them.</summary>
    Other,

    /// <summary>"Other raters (combined)": role groups too small to be shown alone, merged; not the role <see cref="RaterRole.Other"/>.</summary>
    CombinedOthers,

    /// <summary>Every rater but the target in the groups above that are shown: their union, not a further group of people.</summary>
    AllOthers,
}
