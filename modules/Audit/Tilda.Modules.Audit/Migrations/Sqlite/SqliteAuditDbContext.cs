using Microsoft.EntityFrameworkCore;

namespace Tilda.Modules.Audit.Migrations.Sqlite;

/// <summary>Carries the Sqlite migrations of <see cref="AuditDbContext"/> (generated with build/migrations.sh).</summary>
internal sealed class SqliteAuditDbContext(DbContextOptions<SqliteAuditDbContext> options) : AuditDbContext(options);
