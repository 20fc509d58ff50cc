namespace LeadershipModel.Campaigns.Campaigns;

/// <summary>What a rater's link leads to.</summary>
public enum LinkState
{
    /// <summary>The form, ready to answer.</summary>
    Open,

    /// <summary>No such link: forged, mistyped, or replaced by a reminder.</summary>
    Unknown,

    /// <summary>The campaign is closed or past its deadline.</summary>
    Closed,

    /// <summary>The rater has submitted; nothing more to do.</summary>
    Submitted,
}

/// <summary>The result of opening a rater's link.</summary>
/// <param name="State">What the link leads to.</param>
/// <param name="Form">The form, when the link is valid.</param>
public sealed record RaterAccess(LinkState State, RaterForm? Form);

/// <summary>A rater's form with their saved answers: everything the rater page and the API show.</summary>
public sealed record RaterForm
{
    /// <summary>Gets the campaign's title.</summary>
    public required string CampaignTitle { get; init; }

    /// <summary>Gets the person rated.</summary>
    public required string PersonName { get; init; }

    /// <summary>Gets the rater's role.</summary>
    public required string Role { get; init; }

    /// <summary>Gets the form: self or observer.</summary>
    public required string Form { get; init; }

    /// <summary>Gets the instruction shown above the items.</summary>
    public required string Instruction { get; init; }

    /// <summary>Gets who sees what.</summary>
    public required string Confidentiality { get; init; }

    /// <summary>Gets the deadline.</summary>
    public required DateTimeOffset Deadline { get; init; }

    /// <summary>Gets the items in order, with the saved answers.</summary>
    public required IReadOnlyList<FormItem> Items { get; init; }

    /// <summary>Gets the open questions, with the saved comments.</summary>
    public required IReadOnlyList<FormQuestion> Questions { get; init; }

    /// <summary>Gets how many items are answered.</summary>
    public int Answered => Items.Count(i => i.Answer is not null);

    /// <summary>Gets the number of scales with fewer answered items than scoring needs.</summary>
    public required int ScalesBelowMinimum { get; init; }

    /// <summary>Gets the number of scales.</summary>
    public required int Scales { get; init; }

    /// <summary>Gets the warning about answers below the scoring minimum, or <see langword="null"/>.</summary>
    public string? MinimumWarning => ScalesBelowMinimum == 0 ? null
        : $"{ScalesBelowMinimum} of the {Scales} scales have fewer than half of their statements answered, so they cannot be scored. Answer more statements, or submit as it is.";

    /// <summary>Gets whether the rater has submitted.</summary>
    public bool Submitted { get; init; }
}

/// <summary>An answer choice.</summary>
/// <param name="Value">The value.</param>
/// <param name="Label">The label.</param>
public sealed record ScaleChoice(double Value, string Label);

/// <summary>An item on a form.</summary>
/// <param name="Id">The item id.</param>
/// <param name="Text">The text on this form.</param>
/// <param name="Choices">The answer choices, lowest first, with the item's own labels (frequency or agreement).</param>
/// <param name="Answer">The saved answer.</param>
public sealed record FormItem(string Id, string Text, IReadOnlyList<ScaleChoice> Choices, double? Answer);

/// <summary>An open question on a form.</summary>
/// <param name="Id">The question id.</param>
/// <param name="Text">The text on this form.</param>
/// <param name="Comment">The saved comment.</param>
public sealed record FormQuestion(string Id, string Text, string? Comment);

/// <summary>Answers sent by a rater: to save, or to submit.</summary>
public sealed record RaterAnswers
{
    /// <summary>Gets the answers by item id; a <see langword="null"/> value clears a saved answer.</summary>
    public IReadOnlyDictionary<string, double?> Answers { get; init; } = new Dictionary<string, double?>();

    /// <summary>Gets the comments by question id; empty or <see langword="null"/> clears a saved comment.</summary>
    public IReadOnlyDictionary<string, string?> Comments { get; init; } = new Dictionary<string, string?>();
}

/// <summary>The answer to a submission.</summary>
/// <param name="AlreadySubmitted">Whether the rater had already submitted (nothing new was stored).</param>
/// <param name="Answered">The number of answered items stored.</param>
public sealed record SubmitReceipt(bool AlreadySubmitted, int Answered);
