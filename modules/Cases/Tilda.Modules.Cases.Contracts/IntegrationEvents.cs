using Tilda.Shared.Events;

namespace Tilda.Modules.Cases.Contracts;

/// <summary>An application was registered (a first one, or a re-application on an existing case).</summary>
[IntegrationEventName("cases.application-received", 1)]
public sealed record ApplicationReceivedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid ApplicationId,
    Guid CaseId,
    DateOnly ReceivedOn,
    string Channel,
    bool Urgent,
    bool IsReapplication,
    ClientProfile Person,
    ApplicationProfile Application) : IntegrationEvent(Id, OccurredAt);

/// <summary>A residence permit was recorded for the person — when the case was opened, or later — with its ground and the
/// date it was granted; a correction of either is recorded again.</summary>
[IntegrationEventName("cases.residence-permit-recorded", 1)]
public sealed record ResidencePermitRecordedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string Ground,
    DateOnly GrantedOn) : IntegrationEvent(Id, OccurredAt);

/// <summary>The person's statistical details changed from <see cref="EffectiveFrom"/> on (names are not events).</summary>
[IntegrationEventName("cases.person-details-changed", 1)]
public sealed record PersonDetailsChangedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    DateOnly EffectiveFrom,
    ClientProfile Person) : IntegrationEvent(Id, OccurredAt);
