namespace LeadershipModel.Campaigns.Data;

/// <summary>Where a campaign is in its life.</summary>
public enum CampaignStatus
{
    /// <summary>Raters can answer until the deadline.</summary>
    Open,

    /// <summary>Closed by the admin: no more answers, nothing released yet.</summary>
    Closed,

    /// <summary>Closed and the feedback released to the person.</summary>
    Released,
}
