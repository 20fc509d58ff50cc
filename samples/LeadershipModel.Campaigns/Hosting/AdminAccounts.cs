using System.Buffers.Text;
using System.Security.Cryptography;
using LeadershipModel.Campaigns.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LeadershipModel.Campaigns.Hosting;

/// <summary>
/// The admin account: created on first start with a random password that is printed once (only its hash is stored),
/// and checked at sign-in with ASP.NET Core Identity's password hasher.
/// </summary>
/// <remarks>Scoped; not thread-safe.</remarks>
/// <param name="db">The store.</param>
public sealed class AdminAccounts(CampaignsDbContext db)
{
    private static readonly PasswordHasher<AdminAccount> Hasher = new();

    /// <summary>Creates the admin on first start (or resets the password when asked).</summary>
    /// <param name="options">The options.</param>
    /// <param name="output">Receives the one-time password message.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task.</returns>
    public async Task EnsureAsync(CampaignsOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var admin = await db.Admins.FirstOrDefaultAsync(a => a.UserName == options.AdminUserName, cancellationToken);
        if (admin is not null && !options.ResetAdminPassword)
        {
            return;
        }

        var given = !string.IsNullOrEmpty(options.InitialAdminPassword) && admin is null;
        var password = given ? options.InitialAdminPassword! : Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(18));
        if (admin is null)
        {
            admin = new AdminAccount { UserName = options.AdminUserName, PasswordHash = string.Empty };
            db.Admins.Add(admin);
        }

        admin.PasswordHash = Hasher.HashPassword(admin, password);
        await db.SaveChangesAsync(cancellationToken);
        if (!given)
        {
            await output.WriteLineAsync($"""

                ==========================================================================
                 Admin sign-in: user '{options.AdminUserName}', password '{password}'
                 This password is shown once and stored only as a hash: note it now.
                 (A new one: start with --Campaigns:ResetAdminPassword=true)
                ==========================================================================

                """);
            await output.FlushAsync(cancellationToken);
        }
    }

    /// <summary>Checks a sign-in.</summary>
    /// <param name="userName">The user name.</param>
    /// <param name="password">The password.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns><see langword="true"/> when both match.</returns>
    public async Task<bool> VerifyAsync(string? userName, string? password, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(userName) || string.IsNullOrEmpty(password))
        {
            return false;
        }

        var admin = await db.Admins.AsNoTracking().FirstOrDefaultAsync(a => a.UserName == userName, cancellationToken);
        return admin is not null && Hasher.VerifyHashedPassword(admin, admin.PasswordHash, password) != PasswordVerificationResult.Failed;
    }
}
