using Microsoft.EntityFrameworkCore;

namespace Tilda.Modules.Decisions.Migrations.PostgreSql;

/// <summary>Carries the PostgreSql migrations of <see cref="DecisionsDbContext"/> (generated with build/migrations.sh).</summary>
internal sealed class PostgreSqlDecisionsDbContext(DbContextOptions<PostgreSqlDecisionsDbContext> options) : DecisionsDbContext(options);
