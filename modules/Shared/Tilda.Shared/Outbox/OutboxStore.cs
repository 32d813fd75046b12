using Microsoft.EntityFrameworkCore;

namespace Tilda.Shared.Outbox;

/// <summary>A module's outbox as the relay sees it.</summary>
public interface IOutboxStore
{
    string Module { get; }
    Task<IReadOnlyList<OutboxMessage>> DueAsync(DateTime now, int batchSize, CancellationToken cancellationToken);
    Task SaveAsync(CancellationToken cancellationToken);
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
}
