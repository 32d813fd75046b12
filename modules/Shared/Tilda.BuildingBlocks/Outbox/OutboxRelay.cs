using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Tilda.BuildingBlocks.Outbox;

/// <summary>
/// Delivers every module's outbox messages to the in-process subscribers, in batches. A message is marked
/// delivered only when all its handlers succeeded; otherwise it is retried with a growing delay, so a failing
/// subscriber delays an event but never loses it.
/// </summary>
internal sealed partial class OutboxRelay(
    IServiceScopeFactory scopes,
    IntegrationEventTypes types,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxRelay> logger) : BackgroundService
{
    public const string TelemetryName = "Tilda.Outbox";
    private static readonly ActivitySource Activities = new(TelemetryName);
    private static readonly Meter Meter = new(TelemetryName);
    private static readonly Counter<long> Delivered = Meter.CreateCounter<long>("tilda.outbox.delivered", "{event}", "Integration events delivered to every subscriber");
    private static readonly Counter<long> Failed = Meter.CreateCounter<long>("tilda.outbox.failed", "{event}", "Failed delivery attempts");
    private static readonly Histogram<double> Lag = Meter.CreateHistogram<double>("tilda.outbox.lag", "s", "Time from an event's commit to its delivery");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var fullBatch = false;
            try
            {
                fullBatch = await DeliverDueMessagesAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be briefly unavailable; the next round tries again.
                LogRelayFailed(logger, e.GetType().Name);
            }
            if (!fullBatch)
            {
                try { await signal.WaitAsync(options.Value.PollInterval, stoppingToken); }
                catch (OperationCanceledException) { return; }
            }
        }
    }

    /// <summary>One round over every module's outbox. True when a batch was full, so more may be waiting.</summary>
    public async Task<bool> DeliverDueMessagesAsync(CancellationToken cancellationToken)
    {
        var fullBatch = false;
        using var scope = scopes.CreateScope();
        foreach (var store in scope.ServiceProvider.GetServices<IOutboxStore>())
        {
            await using var batch = await store.ClaimDueAsync(clock.GetUtcNow().UtcDateTime, options.Value.BatchSize, cancellationToken);
            fullBatch |= batch.Messages.Count == options.Value.BatchSize;
            foreach (var message in batch.Messages)
            {
                await DeliverAsync(store.Module, message, cancellationToken);
                // Durable at once on SQLite, at the end of the batch on PostgreSQL: a crash only causes redelivery,
                // which the idempotent subscribers absorb.
                await batch.SaveAsync(cancellationToken);
            }
            await batch.CompleteAsync(cancellationToken);
        }
        return fullBatch;
    }

    private async Task DeliverAsync(string module, OutboxMessage message, CancellationToken cancellationToken)
    {
        using var activity = Activities.StartActivity("outbox deliver", ActivityKind.Consumer);
        activity?.SetTag("tilda.module", module);
        activity?.SetTag("tilda.event.id", message.Id);
        activity?.SetTag("tilda.event.type", message.Type);
        try
        {
            var integrationEvent = message.Deserialize(types);
            using var handlerScope = scopes.CreateScope();
            await IntegrationEventDispatcher.DispatchAsync(handlerScope.ServiceProvider, integrationEvent, cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            message.DeliveredAt = now;
            message.NextAttemptAt = null;
            message.LastError = null;
            Delivered.Add(1, new KeyValuePair<string, object?>("tilda.module", module));
            Lag.Record((now - message.OccurredAt).TotalSeconds, new KeyValuePair<string, object?>("tilda.module", module));
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            message.Attempts++;
            var delay = TimeSpan.FromTicks(Math.Min(
                options.Value.RetryDelay.Ticks * (1L << Math.Min(message.Attempts - 1, 20)),
                options.Value.MaxRetryDelay.Ticks));
            message.NextAttemptAt = clock.GetUtcNow().UtcDateTime + delay;
            // Only the exception type is kept: messages of foreign exceptions may quote data.
            message.LastError = $"{e.GetType().FullName} (attempt {message.Attempts})";
            Failed.Add(1, new KeyValuePair<string, object?>("tilda.module", module));
            activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            LogDeliveryFailed(logger, message.Id, module, message.Attempts, e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery of event {EventId} from {Module} failed (attempt {Attempt}): {ExceptionType}; it will be retried")]
    private static partial void LogDeliveryFailed(ILogger logger, Guid eventId, string module, int attempt, string exceptionType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox relay round failed: {ExceptionType}; retrying")]
    private static partial void LogRelayFailed(ILogger logger, string exceptionType);
}
