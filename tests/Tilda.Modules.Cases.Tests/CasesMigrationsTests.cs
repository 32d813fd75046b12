using Tilda.Modules.Cases.Migrations.PostgreSql;
using Tilda.Modules.Cases.Migrations.Sqlite;
using Tilda.Modules.Cases.Migrations.SqlServer;
using Tilda.Testing.Persistence;

namespace Tilda.Modules.Cases.Tests;

public sealed class CasesMigrationsTests() : ModuleMigrationsTests(new(CasesDbContext.Module,
    typeof(SqliteCasesDbContext), typeof(PostgreSqlCasesDbContext), typeof(SqlServerCasesDbContext)));
