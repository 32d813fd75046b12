using System.Text.Json;
using Tilda.Shared.Events;

namespace Tilda.Shared.Outbox;

/// <summary>
/// An integration event written in the same transaction as the change it describes. Delivered messages are
/// kept: the outbox is the module's event history, replayed to rebuild statistics.
/// </summary>
public sealed class OutboxMessage
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private OutboxMessage() { }

    public Guid Id { get; private set; }
    /// <summary>"Namespace.TypeName, AssemblyName": enough to deserialize without a type map.</summary>
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
            Type = $"{type.FullName}, {type.Assembly.GetName().Name}",
            Payload = JsonSerializer.Serialize(integrationEvent, type, Json),
            OccurredAt = integrationEvent.OccurredAt.UtcDateTime,
        };
    }

    public IntegrationEvent Deserialize()
    {
        var type = System.Type.GetType(Type, throwOnError: false)
            ?? throw new InvalidOperationException($"Integration event type '{Type}' is not loaded.");
        return (IntegrationEvent)(JsonSerializer.Deserialize(Payload, type, Json)
            ?? throw new InvalidOperationException($"Outbox message {Id} has an empty payload."));
    }
}
