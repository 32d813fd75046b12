using Microsoft.EntityFrameworkCore;
using Tilda.Shared.Outbox;
using Tilda.Shared.Persistence;

namespace Tilda.Modules.Decisions;

internal sealed class DecisionsDbContext(DbContextOptions<DecisionsDbContext> options) : DbContext(options)
{
    public const string Module = "decisions";

    public DbSet<AdmissionDecision> Admissions => Set<AdmissionDecision>();
    public DbSet<RemovalDecision> Removals => Set<RemovalDecision>();

    /// <summary>The admission that makes the person a client now: an admission not yet ended by a removal.</summary>
    public Task<AdmissionDecision?> CurrentAdmissionAsync(Guid caseId, CancellationToken cancellationToken) =>
        Admissions
            .Where(a => a.CaseId == caseId && a.Outcome == AdmissionDecision.Admitted)
            .Where(a => !Removals.Any(r => r.AdmissionDecisionId == a.Id))
            .SingleOrDefaultAsync(cancellationToken);

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
            d.Property(x => x.DecidedBy).HasMaxLength(100);
            d.HasIndex(x => x.ApplicationId).IsUnique();
            d.HasIndex(x => x.CaseId);
        });

        modelBuilder.Entity<RemovalDecision>(d =>
        {
            d.ToTable(tables.Table("removal_decisions"), tables.Schema);
            d.HasKey(x => x.Id);
            d.Property(x => x.Id).ValueGeneratedNever();
            d.Property(x => x.Reason).HasMaxLength(40);
            d.Property(x => x.DecidedBy).HasMaxLength(100);
            d.HasIndex(x => x.AdmissionDecisionId).IsUnique();
            d.HasIndex(x => x.CaseId);
        });
    }
}
