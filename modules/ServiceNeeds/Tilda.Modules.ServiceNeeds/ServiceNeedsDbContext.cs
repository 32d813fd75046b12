using Microsoft.EntityFrameworkCore;
using Tilda.BuildingBlocks.Outbox;
using Tilda.BuildingBlocks.Persistence;

namespace Tilda.Modules.ServiceNeeds;

/// <summary>The ServiceNeeds module's tables. Each provider's generated migrations belong to a subclass in Migrations/.</summary>
internal class ServiceNeedsDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Module = "service_needs";

    /// <summary>The SQL filter of the index that keeps one current assessment per case (both providers accept it).</summary>
    public const string CurrentFilter = "\"Status\" = 'current'";

    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<Measure> Measures => Set<Measure>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var tables = ModuleTables.For(Module, Database.ProviderName);
        modelBuilder.MapOutbox(tables);
        modelBuilder.Entity<Assessment>(a =>
        {
            a.ToTable(tables.Table("assessments"), tables.Schema);
            a.HasKey(x => x.Id);
            a.Property(x => x.Id).ValueGeneratedNever();
            a.Property(x => x.Status).HasMaxLength(20);
            a.HasIndex(x => x.CaseId);
            a.HasIndex(x => x.CaseId, $"IX_{tables.Table("assessments")}_CaseId_Current").IsUnique().HasFilter(CurrentFilter);
            a.HasMany(x => x.Measures).WithOne().HasForeignKey(m => m.AssessmentId);
        });
        modelBuilder.Entity<Measure>(m =>
        {
            m.ToTable(tables.Table("measures"), tables.Schema);
            m.HasKey(x => x.Id);
            m.Property(x => x.Id).ValueGeneratedNever();
            m.Property(x => x.Code).HasMaxLength(60);
            m.Property(x => x.Provider).HasMaxLength(40);
            m.HasIndex(x => x.CaseId);
            // Ending is a one-way change: the update applies only while the measure is still not ended.
            m.Property(x => x.EndedOn).IsConcurrencyToken();
        });
    }
}
