using Microsoft.EntityFrameworkCore;
using Tilda.BuildingBlocks.Outbox;
using Tilda.BuildingBlocks.Persistence;

namespace Tilda.BuildingBlocks.Tests;

/// <summary>A module's DbContext with nothing but its outbox, configured as a module's is.</summary>
internal sealed class OutboxOnlyContext(DbContextOptions<OutboxOnlyContext> options) : DbContext(options)
{
    public const string Module = "decisions";

    /// <summary>Placeholders: building SQL connects to nothing.</summary>
    public const string SqlServerConnection = "Server=localhost;Database=tilda_design;TrustServerCertificate=true";
    public const string PostgreSqlConnection = "Host=localhost;Database=tilda_design";

    public static OutboxOnlyContext On(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<OutboxOnlyContext>();
        options.UseModuleProvider(new DatabaseSettings(provider, connectionString), Module);
        return new OutboxOnlyContext(options.Options);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.MapOutbox(ModuleTables.For(Module, Database.ProviderName));
}
