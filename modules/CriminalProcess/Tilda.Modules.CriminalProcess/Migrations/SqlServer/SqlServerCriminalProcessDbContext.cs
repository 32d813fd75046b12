using Microsoft.EntityFrameworkCore;

namespace Tilda.Modules.CriminalProcess.Migrations.SqlServer;

/// <summary>Carries the SqlServer migrations of <see cref="CriminalProcessDbContext"/> (generated with build/migrations.sh).</summary>
internal sealed class SqlServerCriminalProcessDbContext(DbContextOptions<SqlServerCriminalProcessDbContext> options) : CriminalProcessDbContext(options);
