using Microsoft.EntityFrameworkCore;

namespace Tilda.Modules.CriminalProcess.Migrations.Sqlite;

/// <summary>Carries the Sqlite migrations of <see cref="CriminalProcessDbContext"/> (generated with build/migrations.sh).</summary>
internal sealed class SqliteCriminalProcessDbContext(DbContextOptions<SqliteCriminalProcessDbContext> options) : CriminalProcessDbContext(options);
