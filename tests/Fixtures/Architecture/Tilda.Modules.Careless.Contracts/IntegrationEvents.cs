using Tilda.Shared.Events;

namespace Tilda.Modules.Careless.Contracts;

/// <summary>Well-formed: every rule accepts it.</summary>
[IntegrationEventName("careless.case-opened", 1)]
public sealed record CaseOpenedIntegrationEvent(Guid Id, DateTimeOffset OccurredAt, Guid CaseId, DateOnly OpenedOn, IReadOnlyList<CaseTag> Tags)
    : IntegrationEvent(Id, OccurredAt);

public sealed record CaseTag(string Code, int? AgeYears);

/// <summary>Not sealed: a subclass could add what the outbox cannot read back.</summary>
[IntegrationEventName("careless.case-reopened", 1)]
public record CaseReopenedIntegrationEvent(Guid Id, DateTimeOffset OccurredAt, Guid CaseId) : IntegrationEvent(Id, OccurredAt);

/// <summary>Not named …IntegrationEvent.</summary>
[IntegrationEventName("careless.case-closed", 1)]
public sealed record CaseClosed(Guid Id, DateTimeOffset OccurredAt, Guid CaseId) : IntegrationEvent(Id, OccurredAt);

/// <summary>Changeable after it was published: a setter, a List, and a setter in the record it carries.</summary>
[IntegrationEventName("careless.case-counted", 1)]
public sealed record CaseCountedIntegrationEvent(Guid Id, DateTimeOffset OccurredAt, Guid CaseId, CaseTally Tally, List<string> Labels)
    : IntegrationEvent(Id, OccurredAt)
{
    public int Count { get; set; }
}

public sealed record CaseTally(string Code)
{
    public int Total { get; set; }
}

/// <summary>Without a stable name, it cannot be stored in the outbox.</summary>
public sealed record CaseMovedIntegrationEvent(Guid Id, DateTimeOffset OccurredAt, Guid CaseId) : IntegrationEvent(Id, OccurredAt);

/// <summary>Stored under a name Cases already uses: a rebuild would read it back as the wrong event.</summary>
[IntegrationEventName("cases.application-received", 1)]
public sealed record ApplicationCopiedIntegrationEvent(Guid Id, DateTimeOffset OccurredAt, Guid CaseId) : IntegrationEvent(Id, OccurredAt);

/// <summary>Carries personal data: a surname in a nested record, a phone number in the entries of a list, free text.</summary>
[IntegrationEventName("careless.person-registered", 1)]
public sealed record PersonRegisteredIntegrationEvent(
    Guid Id, DateTimeOffset OccurredAt, Guid CaseId, RegisteredPerson Person, IReadOnlyList<ContactEntry> Contacts, string? Notes)
    : IntegrationEvent(Id, OccurredAt);

public sealed record RegisteredPerson(int? AgeYears, string Sex, string Surname);

public sealed record ContactEntry(string Kind, string PhoneNumber);
