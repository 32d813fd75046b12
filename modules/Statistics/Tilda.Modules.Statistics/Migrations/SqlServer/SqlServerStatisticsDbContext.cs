using Microsoft.EntityFrameworkCore;

namespace Tilda.Modules.Statistics.Migrations.SqlServer;

/// <summary>Carries the SqlServer migrations of <see cref="StatisticsDbContext"/> (generated with build/migrations.sh).</summary>
internal sealed class SqlServerStatisticsDbContext(DbContextOptions<SqlServerStatisticsDbContext> options) : StatisticsDbContext(options);
