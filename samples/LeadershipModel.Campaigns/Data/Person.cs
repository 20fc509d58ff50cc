namespace LeadershipModel.Campaigns.Data;

/// <summary>A person who receives 360 feedback. Deleting one deletes their campaigns, raters and responses.</summary>
public sealed class Person
{
    /// <summary>Gets or sets the id.</summary>
    public Guid Id { get; set; }

    /// <summary>Gets or sets the name shown on the person's own report.</summary>
    public required string Name { get; set; }

    /// <summary>Gets or sets when the person was added.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Gets the person's campaigns.</summary>
    public List<Campaign> Campaigns { get; } = [];
}
