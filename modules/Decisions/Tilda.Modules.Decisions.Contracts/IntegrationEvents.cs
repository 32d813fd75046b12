using Tilda.Shared.Events;

namespace Tilda.Modules.Decisions.Contracts;

/// <summary>An application was decided positively: the person is a client (and legally identified as a victim)
/// from <see cref="DecidedOn"/>. Carries the person and the application as recorded on that date.</summary>
[IntegrationEventName("decisions.client-admitted", 1)]
public sealed record ClientAdmittedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid DecisionId,
    Guid ApplicationId,
    Guid CaseId,
    DateOnly DecidedOn,
    bool Urgent,
    DecidedPerson Person,
    DecidedApplication Application) : IntegrationEvent(Id, OccurredAt);

/// <summary>An application was rejected with a reason code.</summary>
[IntegrationEventName("decisions.application-rejected", 1)]
public sealed record ApplicationRejectedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid DecisionId,
    Guid ApplicationId,
    Guid CaseId,
    DateOnly DecidedOn,
    string RejectionReason,
    bool Urgent,
    DecidedPerson Person,
    DecidedApplication Application) : IntegrationEvent(Id, OccurredAt);

/// <summary>A client was removed from the assistance system.</summary>
[IntegrationEventName("decisions.client-removed", 1)]
public sealed record ClientRemovedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid DecisionId,
    Guid AdmissionDecisionId,
    Guid CaseId,
    DateOnly DecidedOn,
    string Reason) : IntegrationEvent(Id, OccurredAt);

// The payload of the decision events, owned by this module so that its events keep their shape whatever Cases does.
// Only what statistics may know: age in completed years on the decision date and codes — nothing that identifies.

/// <summary>The person as recorded on the decision date. <see cref="Citizenship"/> is the first listed, <see cref="Citizenships"/>
/// every one in the order listed (absent from events recorded before it was added: then the first listed alone).</summary>
public sealed record DecidedPerson(int? AgeYears, string Sex, string Citizenship, string ResidenceStatus, bool HasMunicipalityOfResidence,
    IReadOnlyList<string>? Citizenships = null);

/// <summary>What the decided application said about the exploitation and the dependants.</summary>
public sealed record DecidedApplication(
    string ReferrerType, string ApplicantRole, IReadOnlyList<DecidedExploitationForm> ExploitationForms, string ExploitationLocation,
    bool MinorAtTime, IReadOnlyList<DecidedDependentChild> DependentChildren);

public sealed record DecidedExploitationForm(string Form, bool Primary);

public sealed record DecidedDependentChild(int BirthYear, string Sex);
