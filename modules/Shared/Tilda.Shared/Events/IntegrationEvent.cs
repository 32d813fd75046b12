using System.Reflection;

namespace Tilda.Shared.Events;

/// <summary>
/// A fact one module publishes for others: immutable, past tense, self-contained. Never carries names, birth dates,
/// identity codes or free text. Every concrete event names itself with <see cref="IntegrationEventNameAttribute"/>.
/// </summary>
public abstract record IntegrationEvent(Guid Id, DateTimeOffset OccurredAt)
{
    /// <summary>The event's stable name, e.g. <c>cases.application-received.v1</c>.</summary>
    public static string NameOf(Type eventType) =>
        eventType.GetCustomAttribute<IntegrationEventNameAttribute>()?.FullName
        ?? throw new InvalidOperationException($"{eventType.Name} has no [IntegrationEventName]: an event needs a stable name to be stored.");
}

/// <summary>
/// The stable name and version under which an event is stored in its module's outbox — the permanent event history a
/// statistics rebuild replays. The class may be renamed or moved; the name stays. A change to the payload that old
/// readers cannot take is a new version (a new class with the same name and the next version).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class IntegrationEventNameAttribute(string name, int version) : Attribute
{
    public string Name { get; } = name;
    public int Version { get; } = version;
    public string FullName => $"{Name}.v{Version}";
}

/// <summary>Receives integration events delivered by the outbox relay. Must be idempotent:
/// a message is redelivered to every handler until all of them have succeeded.</summary>
public interface IIntegrationEventHandler<in TEvent> where TEvent : IntegrationEvent
{
    Task Handle(TEvent integrationEvent, CancellationToken cancellationToken);
}
