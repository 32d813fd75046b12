using Tilda.Shared;
using Tilda.Shared.Events;

namespace Tilda.Modules.CriminalProcess.Contracts;

/// <summary>What other modules may ask CriminalProcess: the case's stages for its timeline.</summary>
public interface ICriminalProcessModule : ICaseTimelineSource;

/// <summary>A dated stage of the person's part in a criminal process, with their role and the offence.</summary>
public sealed record CriminalProcessStageRecordedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid StageId,
    Guid CaseId,
    string Stage,
    DateOnly OccurredOn,
    string Role,
    string Offence) : IntegrationEvent(Id, OccurredAt);
