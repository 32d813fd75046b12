using Microsoft.EntityFrameworkCore;
using Tilda.BuildingBlocks.Persistence;
using Tilda.Modules.Statistics.Definitions;
using Tilda.Modules.Statistics.Facts;
using Tilda.Modules.Statistics.Packs;
using Tilda.Modules.Statistics.Releases;

namespace Tilda.Modules.Statistics;

/// <summary>The Statistics module's tables: the fact store and its inbox, indicator definitions, requester packs and code
/// mappings, and the ledger of releases. Each provider's generated migrations belong to a subclass in Migrations/.</summary>
internal class StatisticsDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Module = "statistics";

    public DbSet<FactRecord> Facts => Set<FactRecord>();
    public DbSet<ProcessedEvent> ProcessedEvents => Set<ProcessedEvent>();
    public DbSet<IndicatorDefinitionRecord> Definitions => Set<IndicatorDefinitionRecord>();
    public DbSet<ReleaseRecord> Releases => Set<ReleaseRecord>();
    public DbSet<LedgerTable> LedgerTables => Set<LedgerTable>();
    public DbSet<LedgerCell> LedgerCells => Set<LedgerCell>();
    public DbSet<LedgerHead> Head => Set<LedgerHead>();
    public DbSet<PackVersionRecord> PackVersions => Set<PackVersionRecord>();

    public ModuleTables Tables => ModuleTables.For(Module, Database.ProviderName);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var tables = ModuleTables.For(Module, Database.ProviderName);

        modelBuilder.Entity<FactRecord>(f =>
        {
            f.ToTable(tables.Table("facts"), tables.Schema);
            f.HasKey(x => x.Id);
            f.Property(x => x.Id).ValueGeneratedNever();
            f.Property(x => x.Type).HasMaxLength(60);
            foreach (var dimension in FactCatalogue.Stored.Where(d => d.Kind != DimensionKind.Number))
                f.Property(dimension.Column).HasMaxLength(60);
            // The queries the engine runs: a type's facts in a date range, a person's facts of a type, an episode's facts.
            f.HasIndex(x => new { x.Type, x.Date });
            f.HasIndex(x => new { x.Type, x.Subject, x.Date });
            f.HasIndex(x => new { x.Type, x.Episode });
        });

        modelBuilder.Entity<ProcessedEvent>(p =>
        {
            p.ToTable(tables.Table("inbox"), tables.Schema);
            p.HasKey(x => x.EventKey);
            p.Property(x => x.EventKey).ValueGeneratedNever();
        });

        modelBuilder.Entity<IndicatorDefinitionRecord>(d =>
        {
            d.ToTable(tables.Table("indicator_definitions"), tables.Schema);
            d.HasKey(x => new { x.Id, x.Version });
            d.Property(x => x.Id).HasMaxLength(100);
            d.Property(x => x.CreatedBy).HasMaxLength(100);
        });

        modelBuilder.Entity<PackVersionRecord>(p =>
        {
            p.ToTable(tables.Table("pack_versions"), tables.Schema);
            p.HasKey(x => new { x.Kind, x.Id, x.Version });
            p.Property(x => x.Kind).HasMaxLength(10);
            p.Property(x => x.Id).HasMaxLength(100);
            p.Property(x => x.Source).HasMaxLength(200);
            p.Property(x => x.CreatedBy).HasMaxLength(100);
        });

        modelBuilder.Entity<ReleaseRecord>(r =>
        {
            r.ToTable(tables.Table("releases"), tables.Schema);
            r.HasKey(x => x.Id);
            r.Property(x => x.Id).ValueGeneratedNever();
            r.Property(x => x.Pack).HasMaxLength(100);
            r.Property(x => x.Note).HasMaxLength(1000);
            r.Property(x => x.CreatedBy).HasMaxLength(100);
            r.Property(x => x.ContentHash).HasMaxLength(64);
            // Two releases of one period made at the same moment cannot both become the same version.
            r.HasIndex(x => new { x.PeriodFrom, x.PeriodTo, x.Version }).IsUnique();
        });

        modelBuilder.Entity<LedgerTable>(t =>
        {
            t.ToTable(tables.Table("ledger_tables"), tables.Schema);
            t.HasKey(x => x.Id);
            t.Property(x => x.Id).ValueGeneratedNever();
            t.Property(x => x.Indicator).HasMaxLength(100);
            t.Property(x => x.IndicatorVersion).HasMaxLength(200);
            t.Property(x => x.Unit).HasMaxLength(40);
            t.Property(x => x.PublishedBy).HasMaxLength(100);
            t.HasOne<ReleaseRecord>().WithMany().HasForeignKey(x => x.ReleaseId).OnDelete(DeleteBehavior.Restrict);
            t.HasIndex(x => new { x.ReleaseId, x.Sequence }).IsUnique();
            t.HasIndex(x => new { x.Indicator, x.PeriodFrom, x.PeriodTo });
        });

        modelBuilder.Entity<LedgerHead>(h =>
        {
            h.ToTable(tables.Table("ledger_head"), tables.Schema);
            h.HasKey(x => x.Id);
            h.Property(x => x.Id).ValueGeneratedNever();
            h.Property(x => x.Version).IsConcurrencyToken();
            h.HasData(new { Id = LedgerHead.SingleId, Version = 0L });
        });

        modelBuilder.Entity<LedgerCell>(c =>
        {
            c.ToTable(tables.Table("ledger_cells"), tables.Schema);
            c.HasKey(x => new { x.TableId, x.Index });
            c.Property(x => x.Status).HasMaxLength(10);
            c.HasOne<LedgerTable>().WithMany().HasForeignKey(x => x.TableId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
