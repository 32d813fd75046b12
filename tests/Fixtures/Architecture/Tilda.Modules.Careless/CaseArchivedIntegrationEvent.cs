using Tilda.Shared.Events;

namespace Tilda.Modules.Careless;

[IntegrationEventName("careless.case-archived", 1)]
internal sealed record CaseArchivedIntegrationEvent(Guid Id, DateTimeOffset OccurredAt, Guid CaseId) : IntegrationEvent(Id, OccurredAt);
