using Microsoft.EntityFrameworkCore;

namespace Tilda.Modules.Cases.Migrations.Sqlite;

/// <summary>Carries the Sqlite migrations of <see cref="CasesDbContext"/> (generated with build/migrations.sh).</summary>
internal sealed class SqliteCasesDbContext(DbContextOptions<SqliteCasesDbContext> options) : CasesDbContext(options);
