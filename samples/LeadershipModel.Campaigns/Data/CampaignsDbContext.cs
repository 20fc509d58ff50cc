using Microsoft.EntityFrameworkCore;

namespace LeadershipModel.Campaigns.Data;

/// <summary>
/// The campaign store, independent of the database provider. Each provider derives its own context
/// (<see cref="SqliteCampaignsDbContext"/>), which holds that provider's migrations, as EF Core's "migrations with
/// multiple providers" asks.
/// </summary>
/// <remarks>One instance per request (scoped); not thread-safe.</remarks>
public abstract class CampaignsDbContext : DbContext
{
    /// <summary>Initializes a new context.</summary>
    /// <param name="options">The provider's options.</param>
    protected CampaignsDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>Gets the people.</summary>
    public DbSet<Person> People => Set<Person>();

    /// <summary>Gets the campaigns.</summary>
    public DbSet<Campaign> Campaigns => Set<Campaign>();

    /// <summary>Gets the raters.</summary>
    public DbSet<Rater> Raters => Set<Rater>();

    /// <summary>Gets the submitted responses.</summary>
    public DbSet<Submission> Submissions => Set<Submission>();

    /// <summary>Gets the audit log.</summary>
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    /// <summary>Gets the admin accounts.</summary>
    public DbSet<AdminAccount> Admins => Set<AdminAccount>();

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<Person>(person =>
        {
            person.Property(p => p.Name).HasMaxLength(200);
            person.HasMany(p => p.Campaigns).WithOne(c => c.Person).HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Campaign>(campaign =>
        {
            campaign.Property(c => c.Title).HasMaxLength(200);
            campaign.Property(c => c.InstrumentId).HasMaxLength(100);
            campaign.Property(c => c.InstrumentVersion).HasMaxLength(50);
            foreach (var form in new[] { nameof(Campaign.SelfForm), nameof(Campaign.ManagerForm), nameof(Campaign.PeerForm), nameof(Campaign.DirectReportForm), nameof(Campaign.OtherForm) })
            {
                campaign.Property<string>(form).HasMaxLength(50);
            }

            campaign.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
            campaign.HasIndex(c => c.FeedbackTokenHash).IsUnique();
            campaign.HasMany(c => c.Raters).WithOne(r => r.Campaign).HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Rater>(rater =>
        {
            rater.Property(r => r.Label).HasMaxLength(200);
            rater.Property(r => r.Role).HasConversion<string>().HasMaxLength(20);
            rater.HasIndex(r => r.TokenHash).IsUnique();
            rater.HasOne(r => r.Submission).WithOne(s => s.Rater).HasForeignKey<Submission>(s => s.RaterId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Submission>(submission =>
        {
            submission.HasIndex(s => s.RaterId).IsUnique();
            submission.HasIndex(s => s.CampaignId);
            submission.Property(s => s.Role).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.Entity<AuditEntry>(entry =>
        {
            entry.Property(e => e.Admin).HasMaxLength(100);
            entry.Property(e => e.Action).HasMaxLength(50);
            entry.Property(e => e.Detail).HasMaxLength(1000);
        });
        modelBuilder.Entity<AdminAccount>(admin =>
        {
            admin.Property(a => a.UserName).HasMaxLength(100);
            admin.HasIndex(a => a.UserName).IsUnique();
        });
    }
}
