using Tilda.Modules.ServiceNeeds.Migrations.PostgreSql;
using Tilda.Modules.ServiceNeeds.Migrations.Sqlite;
using Tilda.Modules.ServiceNeeds.Migrations.SqlServer;
using Tilda.Testing.Persistence;

namespace Tilda.Modules.ServiceNeeds.Tests;

public sealed class ServiceNeedsMigrationsTests() : ModuleMigrationsTests(new(ServiceNeedsDbContext.Module,
    typeof(SqliteServiceNeedsDbContext), typeof(PostgreSqlServiceNeedsDbContext), typeof(SqlServerServiceNeedsDbContext)));
