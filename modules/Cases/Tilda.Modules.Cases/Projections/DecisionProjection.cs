using Microsoft.EntityFrameworkCore;
using Tilda.Modules.Cases.Domain;
using Tilda.Modules.Decisions.Contracts;
using Tilda.Shared.Events;

namespace Tilda.Modules.Cases.Projections;

/// <summary>Keeps the case's status and decision list in step with the Decisions module. Idempotent: a decision
/// already recorded is ignored, and the status is derived from all decisions, so order does not matter.</summary>
internal sealed class DecisionProjection(CasesDbContext db) :
    IIntegrationEventHandler<ClientAdmittedIntegrationEvent>,
    IIntegrationEventHandler<ApplicationRejectedIntegrationEvent>,
    IIntegrationEventHandler<ClientRemovedIntegrationEvent>
{
    public Task Handle(ClientAdmittedIntegrationEvent e, CancellationToken cancellationToken) =>
        RecordAsync(e.CaseId, CaseDecision.ForAdmission(e.DecisionId, e.CaseId, e.ApplicationId, e.DecidedOn, "admitted", null), cancellationToken);

    public Task Handle(ApplicationRejectedIntegrationEvent e, CancellationToken cancellationToken) =>
        RecordAsync(e.CaseId, CaseDecision.ForAdmission(e.DecisionId, e.CaseId, e.ApplicationId, e.DecidedOn, "rejected", e.RejectionReason), cancellationToken);

    public Task Handle(ClientRemovedIntegrationEvent e, CancellationToken cancellationToken) =>
        RecordAsync(e.CaseId, CaseDecision.ForRemoval(e.DecisionId, e.CaseId, e.AdmissionDecisionId, e.DecidedOn, e.Reason), cancellationToken);

    private async Task RecordAsync(Guid caseId, CaseDecision decision, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.Include(c => c.Applications).Include(c => c.Decisions).AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken)
            ?? throw new InvalidOperationException($"Decision {decision.DecisionId} refers to unknown case {caseId}.");
        if (@case.Record(decision))
        {
            db.Add(decision);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
