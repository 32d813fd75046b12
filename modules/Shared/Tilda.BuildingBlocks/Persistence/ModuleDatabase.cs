using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Tilda.BuildingBlocks.Persistence;

/// <summary>One module's database as the host sees it: migrate at start-up, report readiness.</summary>
public interface IModuleDatabase
{
    string Module { get; }
    Task MigrateAsync(CancellationToken cancellationToken);
    Task<bool> IsReadyAsync(CancellationToken cancellationToken);
}

internal sealed class ModuleDatabase<TContext>(TContext context, string module) : IModuleDatabase
    where TContext : DbContext
{
    public string Module => module;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (context.Database.GetDbConnection() is SqliteConnection)
        {
            // WAL lets readers run beside the one writer; the mode is stored in the file.
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        await context.Database.MigrateAsync(cancellationToken);
    }

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken) =>
        await context.Database.CanConnectAsync(cancellationToken)
        && !(await context.Database.GetPendingMigrationsAsync(cancellationToken)).Any();
}
