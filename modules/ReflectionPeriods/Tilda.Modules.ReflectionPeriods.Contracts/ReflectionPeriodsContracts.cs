using Tilda.Shared.Events;

namespace Tilda.Modules.ReflectionPeriods.Contracts;

/// <summary>A reflection period (harkinta-aika) was granted to a client staying without a right of residence.</summary>
[IntegrationEventName("reflection-periods.granted", 1)]
public sealed record ReflectionPeriodGrantedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid ReflectionPeriodId,
    Guid CaseId,
    DateOnly DecidedOn,
    DateOnly StartOn,
    DateOnly EndOn) : IntegrationEvent(Id, OccurredAt);

/// <summary>A reflection period ended, possibly early, for a coded reason.</summary>
[IntegrationEventName("reflection-periods.ended", 1)]
public sealed record ReflectionPeriodEndedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid ReflectionPeriodId,
    Guid CaseId,
    DateOnly EndedOn,
    string Reason) : IntegrationEvent(Id, OccurredAt);
