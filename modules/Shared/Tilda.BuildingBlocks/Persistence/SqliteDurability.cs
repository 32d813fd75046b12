using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Tilda.BuildingBlocks.Persistence;

/// <summary>
/// Every SQLite connection commits with <c>synchronous=FULL</c>: in WAL mode the log is synced on each commit, so a
/// write that got its 201 survives a power cut too, not only a crash of the process (NORMAL would only promise the
/// latter). Casework records are worth the extra fsync.
/// </summary>
internal sealed class SqliteDurability : DbConnectionInterceptor
{
    public static readonly SqliteDurability Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=FULL;";
        command.ExecuteNonQuery();
    }
}
