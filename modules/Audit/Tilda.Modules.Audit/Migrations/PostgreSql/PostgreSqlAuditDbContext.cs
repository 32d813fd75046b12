using Microsoft.EntityFrameworkCore;

namespace Tilda.Modules.Audit.Migrations.PostgreSql;

/// <summary>Carries the PostgreSql migrations of <see cref="AuditDbContext"/> (generated with build/migrations.sh).</summary>
internal sealed class PostgreSqlAuditDbContext(DbContextOptions<PostgreSqlAuditDbContext> options) : AuditDbContext(options);
