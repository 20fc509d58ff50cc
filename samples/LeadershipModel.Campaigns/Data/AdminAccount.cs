namespace LeadershipModel.Campaigns.Data;

/// <summary>The admin's account: the user name and the password's hash (ASP.NET Core Identity's PBKDF2 format).</summary>
public sealed class AdminAccount
{
    /// <summary>Gets or sets the id.</summary>
    public int Id { get; set; }

    /// <summary>Gets or sets the user name.</summary>
    public required string UserName { get; set; }

    /// <summary>Gets or sets the password hash.</summary>
    public required string PasswordHash { get; set; }
}
