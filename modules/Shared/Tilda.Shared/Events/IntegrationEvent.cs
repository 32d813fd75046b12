namespace Tilda.Shared.Events;

/// <summary>
/// A fact one module publishes for others: immutable, past tense, self-contained.
/// Never carries names, birth dates, identity codes or free text.
/// </summary>
public abstract record IntegrationEvent(Guid Id, DateTimeOffset OccurredAt);

/// <summary>Receives integration events delivered by the outbox relay. Must be idempotent:
/// a message is redelivered to every handler until all of them have succeeded.</summary>
public interface IIntegrationEventHandler<in TEvent> where TEvent : IntegrationEvent
{
    Task Handle(TEvent integrationEvent, CancellationToken cancellationToken);
}
