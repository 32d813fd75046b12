using Microsoft.EntityFrameworkCore;

namespace Tilda.Modules.Cases.Migrations.SqlServer;

/// <summary>Carries the SqlServer migrations of <see cref="CasesDbContext"/> (generated with build/migrations.sh).</summary>
internal sealed class SqlServerCasesDbContext(DbContextOptions<SqlServerCasesDbContext> options) : CasesDbContext(options);
