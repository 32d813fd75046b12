using Microsoft.EntityFrameworkCore;

namespace Tilda.Modules.CriminalProcess.Migrations.PostgreSql;

/// <summary>Carries the PostgreSql migrations of <see cref="CriminalProcessDbContext"/> (generated with build/migrations.sh).</summary>
internal sealed class PostgreSqlCriminalProcessDbContext(DbContextOptions<PostgreSqlCriminalProcessDbContext> options) : CriminalProcessDbContext(options);
