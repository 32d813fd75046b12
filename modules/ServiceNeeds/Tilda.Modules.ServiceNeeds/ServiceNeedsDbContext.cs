using Microsoft.EntityFrameworkCore;
using Tilda.Shared.Outbox;
using Tilda.Shared.Persistence;

namespace Tilda.Modules.ServiceNeeds;

internal sealed class ServiceNeedsDbContext(DbContextOptions<ServiceNeedsDbContext> options) : DbContext(options)
{
    public const string Module = "service_needs";

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
        });
    }
}
