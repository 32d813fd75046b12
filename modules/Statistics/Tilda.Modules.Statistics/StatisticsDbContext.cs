using Microsoft.EntityFrameworkCore;
using Tilda.Modules.Statistics.Definitions;
using Tilda.Modules.Statistics.Facts;
using Tilda.BuildingBlocks.Persistence;

namespace Tilda.Modules.Statistics;

/// <summary>The Statistics module's tables. Each provider's generated migrations belong to a subclass in Migrations/.</summary>
internal class StatisticsDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Module = "statistics";

    public DbSet<FactRecord> Facts => Set<FactRecord>();
    public DbSet<ProcessedEvent> ProcessedEvents => Set<ProcessedEvent>();
    public DbSet<IndicatorDefinitionRecord> Definitions => Set<IndicatorDefinitionRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var tables = ModuleTables.For(Module, Database.ProviderName);

        modelBuilder.Entity<FactRecord>(f =>
        {
            f.ToTable(tables.Table("facts"), tables.Schema);
            f.HasKey(x => x.Id);
            f.Property(x => x.Id).ValueGeneratedNever();
            f.Property(x => x.Type).HasMaxLength(60);
            f.Property(x => x.Subject).HasMaxLength(64);
            f.HasIndex(x => new { x.Type, x.Date });
        });

        modelBuilder.Entity<ProcessedEvent>(p =>
        {
            p.ToTable(tables.Table("inbox"), tables.Schema);
            p.HasKey(x => x.EventId);
            p.Property(x => x.EventId).ValueGeneratedNever();
        });

        modelBuilder.Entity<IndicatorDefinitionRecord>(d =>
        {
            d.ToTable(tables.Table("indicator_definitions"), tables.Schema);
            d.HasKey(x => new { x.Id, x.Version });
            d.Property(x => x.Id).HasMaxLength(100);
            d.Property(x => x.CreatedBy).HasMaxLength(100);
        });
    }
}
