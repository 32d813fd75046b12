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

/// <summary>The person's statistical details changed from <see cref="EffectiveFrom"/> on (names are not events).</summary>
[IntegrationEventName("cases.person-details-changed", 1)]
public sealed record PersonDetailsChangedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    DateOnly EffectiveFrom,
    ClientProfile Person) : IntegrationEvent(Id, OccurredAt);
