using Microsoft.EntityFrameworkCore;

namespace Tilda.Modules.Statistics.Migrations.Sqlite;

/// <summary>Carries the Sqlite migrations of <see cref="StatisticsDbContext"/> (generated with build/migrations.sh).</summary>
internal sealed class SqliteStatisticsDbContext(DbContextOptions<SqliteStatisticsDbContext> options) : StatisticsDbContext(options);
