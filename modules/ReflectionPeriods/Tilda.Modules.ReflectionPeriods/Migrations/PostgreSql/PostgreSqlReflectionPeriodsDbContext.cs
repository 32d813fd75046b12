using Microsoft.EntityFrameworkCore;

namespace Tilda.Modules.ReflectionPeriods.Migrations.PostgreSql;

/// <summary>Carries the PostgreSql migrations of <see cref="ReflectionPeriodsDbContext"/> (generated with build/migrations.sh).</summary>
internal sealed class PostgreSqlReflectionPeriodsDbContext(DbContextOptions<PostgreSqlReflectionPeriodsDbContext> options) : ReflectionPeriodsDbContext(options);
