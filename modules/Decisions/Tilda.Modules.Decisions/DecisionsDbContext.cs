using Tilda.BuildingBlocks.Web;
using Microsoft.EntityFrameworkCore;
using Tilda.BuildingBlocks.Outbox;
using Tilda.BuildingBlocks.Persistence;

namespace Tilda.Modules.Decisions;

/// <summary>The Decisions module's tables. Each provider's migrations belong to a subclass (see Migrations/).</summary>
internal class DecisionsDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Module = "decisions";

    public DbSet<AdmissionDecision> Admissions => Set<AdmissionDecision>();
    public DbSet<RemovalDecision> Removals => Set<RemovalDecision>();

    /// <summary>The admission that makes the person a client now.</summary>
    public Task<AdmissionDecision?> CurrentAdmissionAsync(Guid caseId, CancellationToken cancellationToken) =>
        Admissions.SingleOrDefaultAsync(a => a.OpenForCaseId == caseId, cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var tables = ModuleTables.For(Module, Database.ProviderName);
        modelBuilder.MapOutbox(tables);

        modelBuilder.Entity<AdmissionDecision>(d =>
        {
            d.ToTable(tables.Table("admission_decisions"), tables.Schema);
            d.HasKey(x => x.Id);
            d.Property(x => x.Id).ValueGeneratedNever();
            d.Property(x => x.Outcome).HasMaxLength(20);
            d.Property(x => x.RejectionReason).HasMaxLength(40);
            d.Property(x => x.DecidedBy).HasMaxLength(UserId.MaxLength);
            d.HasIndex(x => x.ApplicationId).IsUnique();
            // NULLs never collide, on SQLite and PostgreSQL as in EF Core's SQL Server index (which filters them out).
            d.HasIndex(x => x.OpenForCaseId).IsUnique();
            d.HasIndex(x => x.CaseId);
        });

        modelBuilder.Entity<RemovalDecision>(d =>
        {
            d.ToTable(tables.Table("removal_decisions"), tables.Schema);
            d.HasKey(x => x.Id);
            d.Property(x => x.Id).ValueGeneratedNever();
            d.Property(x => x.Reason).HasMaxLength(40);
            d.Property(x => x.DecidedBy).HasMaxLength(UserId.MaxLength);
            d.HasOne<AdmissionDecision>().WithMany().HasForeignKey(x => x.AdmissionDecisionId).OnDelete(DeleteBehavior.Restrict);
            d.HasIndex(x => x.AdmissionDecisionId).IsUnique();
            d.HasIndex(x => x.CaseId);
        });
    }
}
