using Microsoft.EntityFrameworkCore;
using Tilda.BuildingBlocks.Persistence;

namespace Tilda.BuildingBlocks.Outbox;

/// <summary>The query a relay claims due messages with on a server database (<see cref="ProviderSql.ClaimOutbox"/>).</summary>
internal static class ServerOutboxClaim
{
    /// <summary>The row-locking claim of up to <paramref name="batchSize"/> messages due at <paramref name="now"/>; null on SQLite.</summary>
    public static IQueryable<OutboxMessage>? Query(DbContext context, string module, DatabaseProvider provider, DateTime now, int batchSize)
    {
        var tables = ModuleTables.For(module, context.Database.ProviderName);
        // Only the table name is spliced in, and it comes from code; the values are parameters.
        return ProviderSql.ClaimOutbox(provider, tables.Quoted(OutboxModel.TableName)) is { } claim
            ? context.Set<OutboxMessage>().FromSqlRaw(claim, now, batchSize)
            : null;
    }
}
