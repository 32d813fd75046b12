using Tilda.Modules.CriminalProcess.Migrations.PostgreSql;
using Tilda.Modules.CriminalProcess.Migrations.Sqlite;
using Tilda.Modules.CriminalProcess.Migrations.SqlServer;
using Tilda.Testing.Persistence;

namespace Tilda.Modules.CriminalProcess.Tests;

public sealed class CriminalProcessMigrationsTests() : ModuleMigrationsTests(new(CriminalProcessDbContext.Module,
    typeof(SqliteCriminalProcessDbContext), typeof(PostgreSqlCriminalProcessDbContext), typeof(SqlServerCriminalProcessDbContext)));
