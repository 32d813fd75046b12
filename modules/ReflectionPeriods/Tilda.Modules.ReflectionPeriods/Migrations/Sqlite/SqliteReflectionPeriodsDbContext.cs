using Microsoft.EntityFrameworkCore;

namespace Tilda.Modules.ReflectionPeriods.Migrations.Sqlite;

/// <summary>Carries the Sqlite migrations of <see cref="ReflectionPeriodsDbContext"/> (generated with build/migrations.sh).</summary>
internal sealed class SqliteReflectionPeriodsDbContext(DbContextOptions<SqliteReflectionPeriodsDbContext> options) : ReflectionPeriodsDbContext(options);
