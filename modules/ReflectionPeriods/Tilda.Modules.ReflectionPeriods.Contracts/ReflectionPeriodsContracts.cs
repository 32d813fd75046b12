using Tilda.Shared;
using Tilda.Shared.Events;

namespace Tilda.Modules.ReflectionPeriods.Contracts;

/// <summary>What other modules may ask ReflectionPeriods: the case's periods for its timeline.</summary>
public interface IReflectionPeriodsModule : ICaseTimelineSource;

/// <summary>A reflection period (harkinta-aika) was granted to a client staying without a right of residence.</summary>
public sealed record ReflectionPeriodGrantedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid ReflectionPeriodId,
    Guid CaseId,
    DateOnly DecidedOn,
    DateOnly StartOn,
    DateOnly EndOn) : IntegrationEvent(Id, OccurredAt);

/// <summary>A reflection period ended, possibly early, for a coded reason.</summary>
public sealed record ReflectionPeriodEndedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid ReflectionPeriodId,
    Guid CaseId,
    DateOnly EndedOn,
    string Reason) : IntegrationEvent(Id, OccurredAt);
