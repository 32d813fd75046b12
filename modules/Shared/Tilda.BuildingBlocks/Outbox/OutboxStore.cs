using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Tilda.BuildingBlocks.Persistence;

namespace Tilda.BuildingBlocks.Outbox;

/// <summary>A module's outbox as the relay and the event log see it. Internal: no module reads another's outbox.</summary>
internal interface IOutboxStore
{
    string Module { get; }

    /// <summary>
    /// Claims the due messages, oldest first. On a server database they stay row-locked until the batch is completed or
    /// disposed (<see cref="ProviderSql.ClaimOutbox"/>), so another instance's relay skips them instead of delivering
    /// them twice.
    /// </summary>
    Task<IOutboxBatch> ClaimDueAsync(DateTime now, int batchSize, CancellationToken cancellationToken);

    /// <summary>Messages not yet delivered (including those waiting for a retry) that occurred up to <paramref name="until"/>.</summary>
    Task<int> UndeliveredCountAsync(DateTime until, CancellationToken cancellationToken);

    /// <summary>The module's whole event history, oldest first: every message ever written, delivered or not.</summary>
    IAsyncEnumerable<OutboxMessage> HistoryAsync(CancellationToken cancellationToken);
}

/// <summary>Claimed messages. Marks are saved with <see cref="SaveAsync"/> and made final by <see cref="CompleteAsync"/>;
/// disposing without completing releases the claim and forgets unsaved marks.</summary>
internal interface IOutboxBatch : IAsyncDisposable
{
    IReadOnlyList<OutboxMessage> Messages { get; }
    Task SaveAsync(CancellationToken cancellationToken);
    Task CompleteAsync(CancellationToken cancellationToken);
}

internal sealed class EfOutboxStore<TContext>(TContext context, string module, DatabaseProvider provider) : IOutboxStore where TContext : DbContext
{
    public string Module => module;

    public async Task<IOutboxBatch> ClaimDueAsync(DateTime now, int batchSize, CancellationToken cancellationToken)
    {
        if (ServerOutboxClaim.Query(context, module, provider, now, batchSize) is not { } claim)
        {
            // SQLite has one writer at a time; a long write transaction here would block the subscribers' own writes.
            // Two processes on one SQLite file may both deliver a message: subscribers are idempotent.
            var due = await context.Set<OutboxMessage>()
                .Where(m => m.DeliveredAt == null && (m.NextAttemptAt == null || m.NextAttemptAt <= now))
                .OrderBy(m => m.OccurredAt).ThenBy(m => m.Id)
                .Take(batchSize).ToListAsync(cancellationToken);
            return new Batch(context, due, transaction: null);
        }
        var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await claim.ToListAsync(cancellationToken);
        return new Batch(context, claimed, transaction);
    }

    public Task<int> UndeliveredCountAsync(DateTime until, CancellationToken cancellationToken) =>
        context.Set<OutboxMessage>().CountAsync(m => m.DeliveredAt == null && m.OccurredAt <= until, cancellationToken);

    public IAsyncEnumerable<OutboxMessage> HistoryAsync(CancellationToken cancellationToken) =>
        context.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.OccurredAt).ThenBy(m => m.Id).AsAsyncEnumerable();

    private sealed class Batch(DbContext context, IReadOnlyList<OutboxMessage> messages, IDbContextTransaction? transaction) : IOutboxBatch
    {
        public IReadOnlyList<OutboxMessage> Messages => messages;

        public Task SaveAsync(CancellationToken cancellationToken) => context.SaveChangesAsync(cancellationToken);

        public async Task CompleteAsync(CancellationToken cancellationToken)
        {
            await context.SaveChangesAsync(cancellationToken);
            if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        }

        public async ValueTask DisposeAsync()
        {
            if (transaction is not null) await transaction.DisposeAsync();
            context.ChangeTracker.Clear();
        }
    }
}
