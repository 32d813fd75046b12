using Microsoft.EntityFrameworkCore;

namespace Tilda.Modules.Cases.Migrations.PostgreSql;

/// <summary>Carries the PostgreSql migrations of <see cref="CasesDbContext"/> (generated with build/migrations.sh).</summary>
internal sealed class PostgreSqlCasesDbContext(DbContextOptions<PostgreSqlCasesDbContext> options) : CasesDbContext(options);
