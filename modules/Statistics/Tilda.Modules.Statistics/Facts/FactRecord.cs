using System.Text.Json;
using Tilda.Statistics.Sdk;

namespace Tilda.Modules.Statistics.Facts;

/// <summary>A stored fact: a type, a business date, a pseudonymous subject and dimensions as data — so a new
/// indicator never needs a new table or column.</summary>
internal sealed class FactRecord
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private FactRecord() { }

    public FactRecord(string type, string subject, DateOnly date, IReadOnlyDictionary<string, string> dimensions)
    {
        Id = Guid.CreateVersion7();
        Type = type;
        Subject = subject;
        Date = date;
        Dimensions = JsonSerializer.Serialize(new SortedDictionary<string, string>(dimensions.ToDictionary()), Json);
    }

    public Guid Id { get; private set; }
    public string Type { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public DateOnly Date { get; private set; }
    public string Dimensions { get; private set; } = "{}";

    public Fact ToFact() => new(Type, Subject, Date, JsonSerializer.Deserialize<Dictionary<string, string>>(Dimensions, Json) ?? []);
}

/// <summary>An integration event already turned into facts: the inbox that makes delivery idempotent.</summary>
internal sealed class ProcessedEvent
{
    private ProcessedEvent() { }

    public ProcessedEvent(Guid eventId, DateTime processedAt)
    {
        EventId = eventId;
        ProcessedAt = processedAt;
    }

    public Guid EventId { get; private set; }
    public DateTime ProcessedAt { get; private set; }
}
