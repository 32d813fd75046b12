using Microsoft.EntityFrameworkCore;

namespace Tilda.Modules.Decisions.Migrations.Sqlite;

/// <summary>Carries the Sqlite migrations of <see cref="DecisionsDbContext"/> (generated with build/migrations.sh).</summary>
internal sealed class SqliteDecisionsDbContext(DbContextOptions<SqliteDecisionsDbContext> options) : DecisionsDbContext(options);
