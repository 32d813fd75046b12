using Microsoft.EntityFrameworkCore;

namespace Tilda.Modules.Decisions.Migrations.SqlServer;

/// <summary>Carries the SqlServer migrations of <see cref="DecisionsDbContext"/> (generated with build/migrations.sh).</summary>
internal sealed class SqlServerDecisionsDbContext(DbContextOptions<SqlServerDecisionsDbContext> options) : DecisionsDbContext(options);
