using Tilda.Shared.Events;

namespace Tilda.Modules.CriminalProcess.Contracts;

/// <summary>A dated stage of the person's part in a criminal process, with their role and the offence.</summary>
[IntegrationEventName("criminal-process.stage-recorded", 1)]
public sealed record CriminalProcessStageRecordedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid StageId,
    Guid CaseId,
    string Stage,
    DateOnly OccurredOn,
    string Role,
    string Offence) : IntegrationEvent(Id, OccurredAt);
