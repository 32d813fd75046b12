using Microsoft.EntityFrameworkCore;

namespace Tilda.Modules.ServiceNeeds.Migrations.PostgreSql;

/// <summary>Carries the PostgreSql migrations of <see cref="ServiceNeedsDbContext"/> (generated with build/migrations.sh).</summary>
internal sealed class PostgreSqlServiceNeedsDbContext(DbContextOptions<PostgreSqlServiceNeedsDbContext> options) : ServiceNeedsDbContext(options);
