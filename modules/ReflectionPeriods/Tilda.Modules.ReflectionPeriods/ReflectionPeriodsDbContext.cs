using Tilda.BuildingBlocks.Web;
using Microsoft.EntityFrameworkCore;
using Tilda.BuildingBlocks.Outbox;
using Tilda.BuildingBlocks.Persistence;

namespace Tilda.Modules.ReflectionPeriods;

/// <summary>The ReflectionPeriods module's tables. Each provider's generated migrations belong to a subclass in Migrations/.</summary>
internal class ReflectionPeriodsDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Module = "reflection_periods";

    public DbSet<ReflectionPeriod> Periods => Set<ReflectionPeriod>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var tables = ModuleTables.For(Module, Database.ProviderName);
        modelBuilder.MapOutbox(tables);
        modelBuilder.Entity<ReflectionPeriod>(p =>
        {
            p.ToTable(tables.Table("periods"), tables.Schema);
            p.HasKey(x => x.Id);
            p.Property(x => x.Id).ValueGeneratedNever();
            p.Property(x => x.EndReason).HasMaxLength(40);
            p.Property(x => x.DecidedBy).HasMaxLength(UserId.MaxLength);
            p.HasIndex(x => x.CaseId);
            // At most one decision a day per client (two on one day would both be open on it): a double submission
            // that slips past the service's check fails here.
            p.HasIndex(x => new { x.CaseId, x.DecidedOn }).IsUnique();
            // Ending is a one-way change: the update applies only while the period is still not ended.
            p.Property(x => x.EndedOn).IsConcurrencyToken();
        });
    }
}
