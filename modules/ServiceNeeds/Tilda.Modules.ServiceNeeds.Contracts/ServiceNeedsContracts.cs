using Tilda.Shared;
using Tilda.Shared.Events;

namespace Tilda.Modules.ServiceNeeds.Contracts;

/// <summary>What other modules may ask ServiceNeeds: the case's assessments and measures for its timeline.</summary>
public interface IServiceNeedsModule : ICaseTimelineSource;

/// <summary>A service-needs assessment granting assistance measures; it supersedes the case's earlier one, if any.</summary>
public sealed record ServiceNeedsAssessedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid AssessmentId,
    Guid CaseId,
    DateOnly AssessedOn,
    Guid? SupersedesAssessmentId,
    IReadOnlyList<AssistanceMeasureEntry> Measures) : IntegrationEvent(Id, OccurredAt);

public sealed record AssistanceMeasureEntry(Guid MeasureId, string Measure, string Provider, DateOnly StartOn, DateOnly? EndOn);

/// <summary>An assistance measure ended on <see cref="EndedOn"/>.</summary>
public sealed record AssistanceMeasureEndedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid MeasureId,
    Guid CaseId,
    string Measure,
    string Provider,
    DateOnly EndedOn) : IntegrationEvent(Id, OccurredAt);
