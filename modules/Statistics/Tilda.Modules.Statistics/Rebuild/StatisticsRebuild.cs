using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Tilda.Modules.Statistics.Facts;
using Tilda.BuildingBlocks.Outbox;
using Tilda.BuildingBlocks.Persistence;

namespace Tilda.Modules.Statistics.Rebuild;

internal sealed record RebuildResult(int Events, int Facts, double Seconds);

/// <summary>
/// Empties the statistics store and replays every module's event history (<see cref="IntegrationEventLog"/>) in one
/// transaction: the facts come out as if every event had just been delivered once.
/// </summary>
internal sealed class StatisticsRebuild(StatisticsDbContext db, DatabaseSettings database, IntegrationEventLog history, FactProjector projector, Pseudonymizer pseudonyms, TimeProvider clock)
{
    private const int BatchSize = 500;

    public async Task<RebuildResult> RebuildAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        int events = 0, facts = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var tables = db.Tables;
        // Live deliveries and a second rebuild wait until this one commits; a delivery then finds its event already in
        // the inbox. (SQLite's single writer gives the same from the first DELETE on.)
        if (ProviderSql.LockTablesForTransaction(database.Provider, tables.Quoted("inbox"), tables.Quoted("facts")) is { } lockSql)
            await db.Database.ExecuteSqlRawAsync(lockSql, cancellationToken);
        await db.Facts.ExecuteDeleteAsync(cancellationToken);
        await db.ProcessedEvents.ExecuteDeleteAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await foreach (var integrationEvent in history.HistoryAsync(cancellationToken))
        {
            var projected = projector.Project(integrationEvent);
            db.Facts.AddRange(projected);
            db.ProcessedEvents.Add(new ProcessedEvent(pseudonyms.Event(integrationEvent.Id), now));
            events++;
            facts += projected.Count;
            if (events % BatchSize == 0)
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RebuildResult(events, facts, Stopwatch.GetElapsedTime(started).TotalSeconds);
    }
}
