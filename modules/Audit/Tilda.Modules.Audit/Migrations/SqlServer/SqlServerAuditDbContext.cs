using Microsoft.EntityFrameworkCore;

namespace Tilda.Modules.Audit.Migrations.SqlServer;

/// <summary>Carries the SqlServer migrations of <see cref="AuditDbContext"/> (generated with build/migrations.sh).</summary>
internal sealed class SqlServerAuditDbContext(DbContextOptions<SqlServerAuditDbContext> options) : AuditDbContext(options);
