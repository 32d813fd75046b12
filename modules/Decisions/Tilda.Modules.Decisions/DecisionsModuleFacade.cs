using Microsoft.EntityFrameworkCore;
using Tilda.Modules.Cases.Contracts;
using Tilda.Modules.Decisions.Contracts;

namespace Tilda.Modules.Decisions;

/// <summary>
/// What Decisions answers others: who is a client (<see cref="IDecisionsModule"/>), what was decided on a case's
/// applications (<see cref="IApplicationDecisions"/>, the port Cases composes its case view from) and the timeline.
/// Everything is read from the decisions themselves, so an answer is current the moment a decision has been saved.
/// </summary>
internal sealed class DecisionsModuleFacade(DecisionsDbContext db) : IDecisionsModule, IApplicationDecisions, ICaseTimelineSource
{
    private const string Name = "decisions";

    public async Task<ClientAdmission?> CurrentAdmissionAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var admission = await db.Admissions.AsNoTracking().SingleOrDefaultAsync(a => a.OpenForCaseId == caseId, cancellationToken);
        return admission is null ? null : new ClientAdmission(admission.Id, admission.DecidedOn);
    }

    public async Task<IReadOnlySet<Guid>> CurrentClientsAsync(IReadOnlyCollection<Guid> caseIds, CancellationToken cancellationToken) =>
        (await db.Admissions.AsNoTracking().Where(a => a.OpenForCaseId != null && caseIds.Contains(a.OpenForCaseId.Value))
            .Select(a => a.OpenForCaseId!.Value).ToListAsync(cancellationToken)).ToHashSet();

    public async Task<IReadOnlyList<CaseDecision>> OfCaseAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var admissions = await db.Admissions.AsNoTracking().Where(d => d.CaseId == caseId).ToListAsync(cancellationToken);
        var removals = await db.Removals.AsNoTracking().Where(d => d.CaseId == caseId).ToListAsync(cancellationToken);
        return
        [
            .. admissions.Select(d => (d.RecordedAt, Decision: new CaseDecision(d.Id, CaseDecision.Admission, d.ApplicationId, d.DecidedOn, d.Outcome, d.RejectionReason)))
                .Concat(removals.Select(d => (d.RecordedAt, Decision: new CaseDecision(d.Id, CaseDecision.Removal, null, d.DecidedOn, null, d.Reason))))
                .OrderBy(x => x.Decision.DecidedOn).ThenBy(x => x.RecordedAt).Select(x => x.Decision),
        ];
    }

    public async Task<IReadOnlyDictionary<Guid, ApplicationOutcome>> OutcomesAsync(IReadOnlyCollection<Guid> applicationIds, CancellationToken cancellationToken)
    {
        var decided = await (from a in db.Admissions.AsNoTracking()
                             where applicationIds.Contains(a.ApplicationId)
                             join r in db.Removals.AsNoTracking() on a.Id equals r.AdmissionDecisionId into removals
                             from r in removals.DefaultIfEmpty()
                             select new { a.ApplicationId, a.Id, a.Outcome, a.DecidedOn, RemovedOn = (DateOnly?)r.DecidedOn })
            .ToListAsync(cancellationToken);
        return decided.ToDictionary(d => d.ApplicationId, d => new ApplicationOutcome(
            d.Outcome == AdmissionDecision.Rejected ? DecisionState.Rejected : d.RemovedOn is null ? DecisionState.Admitted : DecisionState.Removed,
            d.Id, d.DecidedOn, d.RemovedOn));
    }

    public async Task<IReadOnlyList<Guid>> ApplicationsInStateAsync(DecisionState? state, CancellationToken cancellationToken)
    {
        var admissions = db.Admissions.AsNoTracking();
        var query = state switch
        {
            DecisionState.Rejected => admissions.Where(a => a.Outcome == AdmissionDecision.Rejected),
            DecisionState.Admitted => admissions.Where(a => a.OpenForCaseId != null),
            DecisionState.Removed => admissions.Where(a => db.Removals.Any(r => r.AdmissionDecisionId == a.Id)),
            _ => admissions,
        };
        return await query.Select(a => a.ApplicationId).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var admissions = await db.Admissions.AsNoTracking().Where(d => d.CaseId == caseId).ToListAsync(cancellationToken);
        var removals = await db.Removals.AsNoTracking().Where(d => d.CaseId == caseId).ToListAsync(cancellationToken);
        return
        [
            .. admissions.Select(d => new TimelineEntry(d.DecidedOn, Name, d.Outcome == AdmissionDecision.Admitted ? "client-admitted" : "application-rejected", d.Id,
                new Dictionary<string, object?> { ["applicationId"] = d.ApplicationId, ["outcome"] = d.Outcome, ["rejectionReason"] = d.RejectionReason, ["urgent"] = d.Urgent })),
            .. removals.Select(d => new TimelineEntry(d.DecidedOn, Name, "client-removed", d.Id,
                new Dictionary<string, object?> { ["reason"] = d.Reason, ["admissionDecisionId"] = d.AdmissionDecisionId })),
        ];
    }
}
