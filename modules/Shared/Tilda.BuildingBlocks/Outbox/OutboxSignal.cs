using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Tilda.BuildingBlocks.Outbox;

/// <summary>Wakes the relay as soon as a module commits a new outbox message, so delivery does not wait for the poll.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public OutboxSignal() => Interceptor = new SavedChangesInterceptor(this);

    internal ISaveChangesInterceptor Interceptor { get; }

    public void Notify()
    {
        if (_signal.CurrentCount == 0)
        {
            try { _signal.Release(); } catch (SemaphoreFullException) { /* already signalled */ }
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);

    private sealed class SavedChangesInterceptor(OutboxSignal signal) : SaveChangesInterceptor
    {
        public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            NotifyIfPending(eventData.Context);
            return base.SavedChangesAsync(eventData, result, cancellationToken);
        }

        public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
        {
            NotifyIfPending(eventData.Context);
            return base.SavedChanges(eventData, result);
        }

        private void NotifyIfPending(DbContext? context)
        {
            if (context?.ChangeTracker.Entries<OutboxMessage>().Any(e => e.Entity.DeliveredAt == null && e.Entity.Attempts == 0) == true)
                signal.Notify();
        }
    }
}
