using Tilda.Modules.Statistics.Migrations.PostgreSql;
using Tilda.Modules.Statistics.Migrations.Sqlite;
using Tilda.Modules.Statistics.Migrations.SqlServer;
using Tilda.Testing.Persistence;

namespace Tilda.Modules.Statistics.Tests;

public sealed class StatisticsMigrationsTests() : ModuleMigrationsTests(new(StatisticsDbContext.Module,
    typeof(SqliteStatisticsDbContext), typeof(PostgreSqlStatisticsDbContext), typeof(SqlServerStatisticsDbContext)));
