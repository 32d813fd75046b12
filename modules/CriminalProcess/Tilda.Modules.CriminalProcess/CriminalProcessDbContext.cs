using Microsoft.EntityFrameworkCore;
using Tilda.BuildingBlocks.Outbox;
using Tilda.BuildingBlocks.Persistence;

namespace Tilda.Modules.CriminalProcess;

/// <summary>The CriminalProcess module's tables. Each provider's generated migrations belong to a subclass in Migrations/.</summary>
internal class CriminalProcessDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Module = "criminal_process";

    public DbSet<Stage> Stages => Set<Stage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var tables = ModuleTables.For(Module, Database.ProviderName);
        modelBuilder.MapOutbox(tables);
        modelBuilder.Entity<Stage>(s =>
        {
            s.ToTable(tables.Table("stages"), tables.Schema);
            s.HasKey(x => x.Id);
            s.Property(x => x.Id).ValueGeneratedNever();
            s.Property(x => x.Code).HasMaxLength(40);
            s.Property(x => x.Role).HasMaxLength(20);
            s.Property(x => x.Offence).HasMaxLength(40);
            s.HasIndex(x => x.CaseId);
        });
    }
}
