using System.Text.Json;
using Tilda.Shared.Events;

namespace Tilda.BuildingBlocks.Outbox;

/// <summary>
/// An integration event written in the same transaction as the change it describes. Delivered messages are
/// kept: the outbox is the module's event history, replayed to rebuild statistics.
/// </summary>
public sealed class OutboxMessage
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private OutboxMessage() { }

    public Guid Id { get; private set; }
    /// <summary>The event's stable name and version, e.g. <c>cases.application-received.v1</c>.</summary>
    public string Type { get; private set; } = "";
    public string Payload { get; private set; } = "";
    public DateTime OccurredAt { get; private set; }
    public DateTime? DeliveredAt { get; internal set; }
    public int Attempts { get; internal set; }
    public DateTime? NextAttemptAt { get; internal set; }
    public string? LastError { get; internal set; }

    public static OutboxMessage From(IntegrationEvent integrationEvent)
    {
        var type = integrationEvent.GetType();
        return new OutboxMessage
        {
            Id = integrationEvent.Id,
            Type = IntegrationEvent.NameOf(type),
            Payload = JsonSerializer.Serialize(integrationEvent, type, Json),
            OccurredAt = integrationEvent.OccurredAt.UtcDateTime,
        };
    }

    public IntegrationEvent Deserialize(IntegrationEventTypes types) =>
        (IntegrationEvent)(JsonSerializer.Deserialize(Payload, types.TypeOf(Type), Json)
            ?? throw new InvalidOperationException($"Outbox message {Id} has an empty payload."));
}
