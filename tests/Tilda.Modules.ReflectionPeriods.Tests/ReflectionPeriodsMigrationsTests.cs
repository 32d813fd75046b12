using Tilda.Modules.ReflectionPeriods.Migrations.PostgreSql;
using Tilda.Modules.ReflectionPeriods.Migrations.Sqlite;
using Tilda.Modules.ReflectionPeriods.Migrations.SqlServer;
using Tilda.Testing.Persistence;

namespace Tilda.Modules.ReflectionPeriods.Tests;

public sealed class ReflectionPeriodsMigrationsTests() : ModuleMigrationsTests(new(ReflectionPeriodsDbContext.Module,
    typeof(SqliteReflectionPeriodsDbContext), typeof(PostgreSqlReflectionPeriodsDbContext), typeof(SqlServerReflectionPeriodsDbContext)));
