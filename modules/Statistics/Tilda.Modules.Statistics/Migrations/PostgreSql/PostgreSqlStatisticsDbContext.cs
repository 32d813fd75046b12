using Microsoft.EntityFrameworkCore;

namespace Tilda.Modules.Statistics.Migrations.PostgreSql;

/// <summary>Carries the PostgreSql migrations of <see cref="StatisticsDbContext"/> (generated with build/migrations.sh).</summary>
internal sealed class PostgreSqlStatisticsDbContext(DbContextOptions<PostgreSqlStatisticsDbContext> options) : StatisticsDbContext(options);
