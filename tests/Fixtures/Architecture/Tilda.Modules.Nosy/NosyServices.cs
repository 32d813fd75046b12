using Microsoft.EntityFrameworkCore;
using Tilda.BuildingBlocks.Persistence;
using Tilda.Modules.Exposed;

namespace Tilda.Modules.Nosy;

internal sealed class NosyDbContext(DbContextOptions<NosyDbContext> options) : DbContext(options);

/// <summary>Uses its own module's DbContext: accepted.</summary>
internal sealed class NosyService(NosyDbContext own)
{
    public int Tables => own.Model.GetEntityTypes().Count();
}

/// <summary>Reads another module's tables: rejected.</summary>
internal sealed class NosyReport(ExposedDbContext other)
{
    public int Tables => other.Model.GetEntityTypes().Count();
}

/// <summary>Reaches every module's database through the building blocks: rejected.</summary>
internal sealed class NosyMigrator(IEnumerable<IModuleDatabase> databases)
{
    public Task MigrateAllAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(databases.Select(database => database.MigrateAsync(cancellationToken)));
}
