using Tilda.Shared.Events;

namespace Tilda.Modules.Decisions.Contracts;

/// <summary>An application was decided positively: the person is a client (and legally identified as a victim)
/// from <see cref="DecidedOn"/>. Carries the profile as recorded on that date.</summary>
public sealed record ClientAdmittedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid DecisionId,
    Guid ApplicationId,
    Guid CaseId,
    DateOnly DecidedOn,
    bool Urgent,
    ClientProfile Person,
    ApplicationProfile Application) : IntegrationEvent(Id, OccurredAt);

/// <summary>An application was rejected with a reason code.</summary>
public sealed record ApplicationRejectedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid DecisionId,
    Guid ApplicationId,
    Guid CaseId,
    DateOnly DecidedOn,
    string RejectionReason,
    bool Urgent,
    ClientProfile Person,
    ApplicationProfile Application) : IntegrationEvent(Id, OccurredAt);

/// <summary>A client was removed from the assistance system.</summary>
public sealed record ClientRemovedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid DecisionId,
    Guid AdmissionDecisionId,
    Guid CaseId,
    DateOnly DecidedOn,
    string Reason) : IntegrationEvent(Id, OccurredAt);
