using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Tilda.Modules.Cases.Contracts;
using Tilda.Modules.Decisions.Contracts;
using Tilda.Shared;
using Tilda.Shared.Errors;
using Tilda.Shared.Outbox;
using Tilda.Shared.Persistence;

namespace Tilda.Modules.Decisions;

internal sealed class DecisionsService(
    DecisionsDbContext db,
    ICasesModule cases,
    TimeProvider clock,
    IValidator<AdmissionDecisionRequest> admissionValidator,
    IValidator<RemovalDecisionRequest> removalValidator,
    IAuditTrail audit)
{
    public async Task<DecisionCreated> DecideAdmissionAsync(AdmissionDecisionRequest request, string decidedBy, CancellationToken cancellationToken)
    {
        admissionValidator.ValidateOrThrow(request);
        var applicationId = request.ApplicationId!.Value;
        var decidedOn = request.DecidedOn!.Value;
        var application = await cases.FindApplicationAsync(applicationId, cancellationToken)
            ?? throw new NotFoundException($"Application {applicationId} was not found.");
        audit.Changed(application.CaseId);
        if (decidedOn < application.ReceivedOn)
            throw new ValidationFailedException("decidedOn", $"The decision cannot be dated before the application was received ({application.ReceivedOn:yyyy-MM-dd}).");
        if (await db.Admissions.AnyAsync(d => d.ApplicationId == applicationId, cancellationToken))
            throw new ConflictException($"Application {applicationId} has already been decided.");
        if (request.Outcome == AdmissionDecision.Admitted && await CurrentAdmissionAsync(application.CaseId, cancellationToken) is not null)
            throw new ConflictException($"The person of case {application.CaseId} is already a client.");

        var decision = new AdmissionDecision(applicationId, application.CaseId, decidedOn, request.Outcome!,
            request.RejectionReason, request.Urgent ?? false, decidedBy, clock.GetUtcNow().UtcDateTime);
        db.Admissions.Add(decision);

        var profile = await cases.GetProfileAsync(application.CaseId, decidedOn, cancellationToken)
            ?? throw new NotFoundException($"Case {application.CaseId} was not found.");
        var now = clock.GetUtcNow();
        db.AddIntegrationEvent(decision.Outcome == AdmissionDecision.Admitted
            ? new ClientAdmittedIntegrationEvent(Guid.CreateVersion7(), now, decision.Id, applicationId, application.CaseId,
                decidedOn, decision.Urgent, profile, application.Profile)
            : new ApplicationRejectedIntegrationEvent(Guid.CreateVersion7(), now, decision.Id, applicationId, application.CaseId,
                decidedOn, decision.RejectionReason!, decision.Urgent, profile, application.Profile));

        await SaveAsync($"Application {applicationId} has already been decided.", cancellationToken);
        return new DecisionCreated(decision.Id, decision.CaseId, applicationId, decidedOn, decision.Outcome, decision.RejectionReason);
    }

    public async Task<DecisionCreated> DecideRemovalAsync(RemovalDecisionRequest request, string decidedBy, CancellationToken cancellationToken)
    {
        removalValidator.ValidateOrThrow(request);
        var caseId = request.CaseId!.Value;
        var decidedOn = request.DecidedOn!.Value;
        if (!await cases.CaseExistsAsync(caseId, cancellationToken))
            throw new NotFoundException($"Case {caseId} was not found.");
        audit.Changed(caseId);
        var admission = await CurrentAdmissionAsync(caseId, cancellationToken)
            ?? throw new ConflictException($"The person of case {caseId} is not a client; only a current client can be removed.");
        if (decidedOn < admission.DecidedOn)
            throw new ValidationFailedException("decidedOn", $"The removal cannot be dated before the admission ({admission.DecidedOn:yyyy-MM-dd}).");

        var removal = new RemovalDecision(caseId, admission.Id, decidedOn, request.Reason!, decidedBy, clock.GetUtcNow().UtcDateTime);
        db.Removals.Add(removal);
        db.AddIntegrationEvent(new ClientRemovedIntegrationEvent(Guid.CreateVersion7(), clock.GetUtcNow(), removal.Id, admission.Id, caseId, decidedOn, removal.Reason));
        await SaveAsync($"The person of case {caseId} has already been removed.", cancellationToken);
        return new DecisionCreated(removal.Id, caseId, null, decidedOn, null, removal.Reason);
    }

    public async Task<DecisionCreated> GetAdmissionAsync(Guid decisionId, CancellationToken cancellationToken)
    {
        var d = await db.Admissions.AsNoTracking().SingleOrDefaultAsync(x => x.Id == decisionId, cancellationToken)
            ?? throw new NotFoundException($"Admission decision {decisionId} was not found.");
        audit.Read(d.CaseId);
        return new DecisionCreated(d.Id, d.CaseId, d.ApplicationId, d.DecidedOn, d.Outcome, d.RejectionReason);
    }

    public async Task<DecisionCreated> GetRemovalAsync(Guid decisionId, CancellationToken cancellationToken)
    {
        var d = await db.Removals.AsNoTracking().SingleOrDefaultAsync(x => x.Id == decisionId, cancellationToken)
            ?? throw new NotFoundException($"Removal decision {decisionId} was not found.");
        audit.Read(d.CaseId);
        return new DecisionCreated(d.Id, d.CaseId, null, d.DecidedOn, null, d.Reason);
    }

    private Task<AdmissionDecision?> CurrentAdmissionAsync(Guid caseId, CancellationToken cancellationToken) =>
        db.CurrentAdmissionAsync(caseId, cancellationToken);

    private async Task SaveAsync(string conflictMessage, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            throw new ConflictException(conflictMessage);
        }
    }
}
