using Microsoft.EntityFrameworkCore;

namespace Tilda.Modules.ReflectionPeriods.Migrations.SqlServer;

/// <summary>Carries the SqlServer migrations of <see cref="ReflectionPeriodsDbContext"/> (generated with build/migrations.sh).</summary>
internal sealed class SqlServerReflectionPeriodsDbContext(DbContextOptions<SqlServerReflectionPeriodsDbContext> options) : ReflectionPeriodsDbContext(options);
