using Microsoft.EntityFrameworkCore;

namespace Tilda.Modules.ServiceNeeds.Migrations.SqlServer;

/// <summary>Carries the SqlServer migrations of <see cref="ServiceNeedsDbContext"/> (generated with build/migrations.sh).</summary>
internal sealed class SqlServerServiceNeedsDbContext(DbContextOptions<SqlServerServiceNeedsDbContext> options) : ServiceNeedsDbContext(options);
