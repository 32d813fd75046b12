using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Tilda.Shared.Persistence;

namespace Tilda.Shared.Outbox;

/// <summary>A module's outbox as the relay sees it.</summary>
public interface IOutboxStore
{
    string Module { get; }

    /// <summary>
    /// Claims the due messages, oldest first. On PostgreSQL they stay row-locked (<c>FOR UPDATE SKIP LOCKED</c>) until
    /// the batch is completed or disposed, so another instance's relay skips them instead of delivering them twice.
    /// </summary>
    Task<IOutboxBatch> ClaimDueAsync(DateTime now, int batchSize, CancellationToken cancellationToken);

    /// <summary>Messages not yet delivered (including those waiting for a retry).</summary>
    Task<int> UndeliveredCountAsync(CancellationToken cancellationToken);

    /// <summary>The module's whole event history, oldest first: every message ever written, delivered or not.</summary>
    IAsyncEnumerable<OutboxMessage> HistoryAsync(CancellationToken cancellationToken);
}

/// <summary>Claimed messages. Marks are saved with <see cref="SaveAsync"/> and made final by <see cref="CompleteAsync"/>;
/// disposing without completing releases the claim and forgets unsaved marks.</summary>
public interface IOutboxBatch : IAsyncDisposable
{
    IReadOnlyList<OutboxMessage> Messages { get; }
    Task SaveAsync(CancellationToken cancellationToken);
    Task CompleteAsync(CancellationToken cancellationToken);
}

internal sealed class EfOutboxStore<TContext>(TContext context, string module) : IOutboxStore where TContext : DbContext
{
    public string Module => module;

    public async Task<IOutboxBatch> ClaimDueAsync(DateTime now, int batchSize, CancellationToken cancellationToken)
    {
        var tables = ModuleTables.For(module, context.Database.ProviderName);
        if (!tables.UsesSchemas)
        {
            // SQLite has one writer at a time; a long write transaction here would block the subscribers' own writes.
            // Two processes on one SQLite file may both deliver a message: subscribers are idempotent.
            var due = await Due(context.Set<OutboxMessage>()).Take(batchSize).ToListAsync(cancellationToken);
            return new Batch(context, due, transaction: null);
        }
        var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        // Only the table name is spliced in, and it comes from code; the values are parameters.
        var sql = $"SELECT * FROM {tables.Quoted("outbox_messages")} " +
                  "WHERE \"DeliveredAt\" IS NULL AND (\"NextAttemptAt\" IS NULL OR \"NextAttemptAt\" <= {0}) " +
                  "ORDER BY \"OccurredAt\", \"Id\" LIMIT {1} FOR UPDATE SKIP LOCKED";
        var claimed = await context.Set<OutboxMessage>().FromSqlRaw(sql, now, batchSize).ToListAsync(cancellationToken);
        return new Batch(context, claimed, transaction);

        IQueryable<OutboxMessage> Due(IQueryable<OutboxMessage> messages) => messages
            .Where(m => m.DeliveredAt == null && (m.NextAttemptAt == null || m.NextAttemptAt <= now))
            .OrderBy(m => m.OccurredAt).ThenBy(m => m.Id);
    }

    public Task<int> UndeliveredCountAsync(CancellationToken cancellationToken) =>
        context.Set<OutboxMessage>().CountAsync(m => m.DeliveredAt == null, cancellationToken);

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
