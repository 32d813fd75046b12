using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Tilda.Shared.Events;

namespace Tilda.BuildingBlocks.Outbox;

/// <summary>
/// Every module's event history as a whole, for the one subscriber that may need all of it (the statistics rebuild) and
/// for whoever must know that everything up to a moment has been delivered (a statistical release, the demo data).
/// Modules never read each other's outboxes; they ask this.
/// </summary>
public sealed class IntegrationEventLog(IServiceScopeFactory scopes, IntegrationEventTypes types)
{
    /// <summary>Every event ever written by any module, each module's oldest first, with the id it was delivered under.</summary>
    public async IAsyncEnumerable<IntegrationEvent> HistoryAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        foreach (var store in scope.ServiceProvider.GetServices<IOutboxStore>())
            await foreach (var message in store.HistoryAsync(cancellationToken))
                yield return message.Deserialize(types);
    }

    /// <summary>Events that occurred up to <paramref name="until"/> and have not yet reached every subscriber.</summary>
    public async Task<int> UndeliveredAsync(DateTimeOffset until, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var pending = 0;
        foreach (var store in scope.ServiceProvider.GetServices<IOutboxStore>())
            pending += await store.UndeliveredCountAsync(until.UtcDateTime, cancellationToken);
        return pending;
    }

    /// <summary>Waits until every event that occurred up to <paramref name="until"/> has been delivered; false on timeout.</summary>
    public async Task<bool> WaitForDeliveryAsync(DateTimeOffset until, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            while (await UndeliveredAsync(until, deadline.Token) > 0)
                await Task.Delay(TimeSpan.FromMilliseconds(50), deadline.Token);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
