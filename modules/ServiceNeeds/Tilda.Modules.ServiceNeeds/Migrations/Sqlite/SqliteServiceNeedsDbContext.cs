using Microsoft.EntityFrameworkCore;

namespace Tilda.Modules.ServiceNeeds.Migrations.Sqlite;

/// <summary>Carries the Sqlite migrations of <see cref="ServiceNeedsDbContext"/> (generated with build/migrations.sh).</summary>
internal sealed class SqliteServiceNeedsDbContext(DbContextOptions<SqliteServiceNeedsDbContext> options) : ServiceNeedsDbContext(options);
