using Tilda.Modules.Audit.Migrations.PostgreSql;
using Tilda.Modules.Audit.Migrations.Sqlite;
using Tilda.Modules.Audit.Migrations.SqlServer;
using Tilda.Testing.Persistence;

namespace Tilda.Modules.Audit.Tests;

public sealed class AuditMigrationsTests() : ModuleMigrationsTests(new(AuditDbContext.Module,
    typeof(SqliteAuditDbContext), typeof(PostgreSqlAuditDbContext), typeof(SqlServerAuditDbContext)));
