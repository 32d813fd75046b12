using Microsoft.EntityFrameworkCore;

namespace Tilda.Shared.Outbox;

/// <summary>A module's outbox as the relay sees it.</summary>
public interface IOutboxStore
{
    string Module { get; }
    Task<IReadOnlyList<OutboxMessage>> DueAsync(DateTime now, int batchSize, CancellationToken cancellationToken);
    Task SaveAsync(CancellationToken cancellationToken);

    /// <summary>Messages not yet delivered (including those waiting for a retry).</summary>
    Task<int> UndeliveredCountAsync(CancellationToken cancellationToken);

    /// <summary>The module's whole event history, oldest first: every message ever written, delivered or not.</summary>
    IAsyncEnumerable<OutboxMessage> HistoryAsync(CancellationToken cancellationToken);
}

internal sealed class EfOutboxStore<TContext>(TContext context, string module) : IOutboxStore where TContext : DbContext
{
    public string Module => module;

    public async Task<IReadOnlyList<OutboxMessage>> DueAsync(DateTime now, int batchSize, CancellationToken cancellationToken) =>
        await context.Set<OutboxMessage>()
            .Where(m => m.DeliveredAt == null && (m.NextAttemptAt == null || m.NextAttemptAt <= now))
            .OrderBy(m => m.OccurredAt).ThenBy(m => m.Id)
            .Take(batchSize)
            .ToListAsync(cancellationToken);

    public Task SaveAsync(CancellationToken cancellationToken) => context.SaveChangesAsync(cancellationToken);

    public Task<int> UndeliveredCountAsync(CancellationToken cancellationToken) =>
        context.Set<OutboxMessage>().CountAsync(m => m.DeliveredAt == null, cancellationToken);

    public IAsyncEnumerable<OutboxMessage> HistoryAsync(CancellationToken cancellationToken) =>
        context.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.OccurredAt).ThenBy(m => m.Id).AsAsyncEnumerable();
}
