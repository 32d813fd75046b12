using Microsoft.EntityFrameworkCore;

namespace Tilda.Modules.Exposed;

/// <summary>Public, so any assembly can open this module's tables.</summary>
public sealed class ExposedDbContext(DbContextOptions<ExposedDbContext> options) : DbContext(options);

internal sealed class ExposedService(ExposedDbContext db)
{
    public int Tables => db.Model.GetEntityTypes().Count();

    /// <summary>Public, but nested in an internal type: not visible outside the module, so accepted.</summary>
    public sealed record Summary(int Tables);
}
