using Tilda.Shared.Events;

namespace Tilda.Modules.ServiceNeeds.Contracts;

/// <summary>A service-needs assessment granting assistance measures; it supersedes the case's earlier one, if any.</summary>
[IntegrationEventName("service-needs.assessed", 1)]
public sealed record ServiceNeedsAssessedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid AssessmentId,
    Guid CaseId,
    DateOnly AssessedOn,
    Guid? SupersedesAssessmentId,
    IReadOnlyList<AssistanceMeasureEntry> Measures) : IntegrationEvent(Id, OccurredAt);

/// <summary>A measure the assessment grants. <see cref="Continued"/>: the measure was already running (same measure and
/// provider, same id and start) and the reassessment carries it on with a new planned end — not a new start. Appended
/// with a default, so events recorded before it read as new grants, which they were.</summary>
public sealed record AssistanceMeasureEntry(Guid MeasureId, string Measure, string Provider, DateOnly StartOn, DateOnly? EndOn, bool Continued = false);

/// <summary>An assistance measure ended on <see cref="EndedOn"/>.</summary>
[IntegrationEventName("service-needs.measure-ended", 1)]
public sealed record AssistanceMeasureEndedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid MeasureId,
    Guid CaseId,
    string Measure,
    string Provider,
    DateOnly EndedOn) : IntegrationEvent(Id, OccurredAt);
