using Microsoft.EntityFrameworkCore;
using Tilda.BuildingBlocks.Persistence;
using Tilda.BuildingBlocks.Web;

namespace Tilda.Modules.Audit;

/// <summary>The Audit module's tables. Each provider's generated migrations belong to a subclass in Migrations/.</summary>
internal class AuditDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Module = "audit";

    public DbSet<AuditEntry> Entries => Set<AuditEntry>();
    public DbSet<SignInLink> SignInLinks => Set<SignInLink>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var tables = ModuleTables.For(Module, Database.ProviderName);
        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.ToTable(tables.Table("entries"), tables.Schema);
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.User).HasMaxLength(UserId.MaxLength);
            e.Property(x => x.Action).HasMaxLength(20);
            e.Property(x => x.Method).HasMaxLength(10);
            e.Property(x => x.Route).HasMaxLength(200);
            e.HasIndex(x => new { x.CaseId, x.At });
            e.HasIndex(x => new { x.User, x.At });
        });
        modelBuilder.Entity<SignInLink>(e =>
        {
            e.ToTable(tables.Table("sign_in_links"), tables.Schema);
            e.HasKey(x => x.CodeHash);
            e.Property(x => x.CodeHash).HasMaxLength(SignInLink.HashLength);
            e.Property(x => x.User).HasMaxLength(UserId.MaxLength);
        });
    }
}
