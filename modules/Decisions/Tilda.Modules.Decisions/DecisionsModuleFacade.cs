using Microsoft.EntityFrameworkCore;
using Tilda.Modules.Decisions.Contracts;
using Tilda.Shared;

namespace Tilda.Modules.Decisions;

internal sealed class DecisionsModuleFacade(DecisionsDbContext db) : IDecisionsModule
{
    public async Task<ClientAdmission?> CurrentAdmissionAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var admission = await db.CurrentAdmissionAsync(caseId, cancellationToken);
        return admission is null ? null : new ClientAdmission(admission.Id, admission.DecidedOn);
    }

    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var admissions = await db.Admissions.AsNoTracking().Where(d => d.CaseId == caseId).ToListAsync(cancellationToken);
        var removals = await db.Removals.AsNoTracking().Where(d => d.CaseId == caseId).ToListAsync(cancellationToken);
        return
        [
            .. admissions.Select(d => new TimelineEntry(d.DecidedOn, "decisions", d.Outcome == AdmissionDecision.Admitted ? "client-admitted" : "application-rejected", d.Id,
                new Dictionary<string, object?> { ["applicationId"] = d.ApplicationId, ["outcome"] = d.Outcome, ["rejectionReason"] = d.RejectionReason, ["urgent"] = d.Urgent })),
            .. removals.Select(d => new TimelineEntry(d.DecidedOn, "decisions", "client-removed", d.Id,
                new Dictionary<string, object?> { ["reason"] = d.Reason, ["admissionDecisionId"] = d.AdmissionDecisionId })),
        ];
    }
}
