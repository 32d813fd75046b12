using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Tilda.BuildingBlocks.Outbox;
using Tilda.BuildingBlocks.Persistence;
using Tilda.BuildingBlocks.Validation;
using Tilda.Modules.Audit.Contracts;
using Tilda.Modules.Cases.Contracts;
using Tilda.Modules.Decisions.Contracts;
using Tilda.Shared.Errors;

namespace Tilda.Modules.Decisions;

/// <summary>
/// Admission, rejection and removal decisions. The checks below give clear answers; the database guards (one decision per
/// application, one open admission per case, one removal per admission) decide when two requests race, and the loser
/// gets 409.
/// </summary>
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
        await audit.ChangingAsync(application.CaseId, cancellationToken);
        if (decidedOn < application.ReceivedOn)
            throw new ValidationFailedException("decidedOn", $"The decision cannot be dated before the application was received ({application.ReceivedOn:yyyy-MM-dd}).");
        if (await db.Admissions.AnyAsync(d => d.ApplicationId == applicationId, cancellationToken))
            throw new ConflictException($"Application {applicationId} has already been decided.");
        if (request.Outcome == AdmissionDecision.Admitted && await db.CurrentAdmissionAsync(application.CaseId, cancellationToken) is not null)
            throw new ConflictException($"The person of case {application.CaseId} is already a client.");

        var decision = new AdmissionDecision(applicationId, application.CaseId, decidedOn, request.Outcome!,
            request.RejectionReason, request.Urgent ?? false, decidedBy, clock.GetUtcNow().UtcDateTime);
        db.Admissions.Add(decision);

        var profile = await cases.GetProfileAsync(application.CaseId, decidedOn, cancellationToken)
            ?? throw new NotFoundException($"Case {application.CaseId} was not found.");
        var person = new DecidedPerson(profile.AgeYears, profile.Sex, profile.Citizenship, profile.ResidenceStatus, profile.HasMunicipalityOfResidence, profile.Citizenships);
        var decided = ToDecided(application.Profile);
        var now = clock.GetUtcNow();
        db.AddIntegrationEvent(decision.Outcome == AdmissionDecision.Admitted
            ? new ClientAdmittedIntegrationEvent(Guid.CreateVersion7(), now, decision.Id, applicationId, application.CaseId, decidedOn, decision.Urgent, person, decided)
            : new ApplicationRejectedIntegrationEvent(Guid.CreateVersion7(), now, decision.Id, applicationId, application.CaseId, decidedOn,
                decision.RejectionReason!, decision.Urgent, person, decided));

        await db.SaveOrConflictAsync(
            $"Application {applicationId} was decided at the same moment, or the person of case {application.CaseId} became a client at the same moment.",
            cancellationToken);
        return new DecisionCreated(decision.Id, decision.CaseId, applicationId, decidedOn, decision.Outcome, decision.RejectionReason);
    }

    public async Task<DecisionCreated> DecideRemovalAsync(RemovalDecisionRequest request, string decidedBy, CancellationToken cancellationToken)
    {
        removalValidator.ValidateOrThrow(request);
        var caseId = request.CaseId!.Value;
        var decidedOn = request.DecidedOn!.Value;
        if (!await cases.CaseExistsAsync(caseId, cancellationToken))
            throw new NotFoundException($"Case {caseId} was not found.");
        await audit.ChangingAsync(caseId, cancellationToken);
        var admission = await db.CurrentAdmissionAsync(caseId, cancellationToken)
            ?? throw new ConflictException($"The person of case {caseId} is not a client; only a current client can be removed.");
        if (decidedOn < admission.DecidedOn)
            throw new ValidationFailedException("decidedOn", $"The removal cannot be dated before the admission ({admission.DecidedOn:yyyy-MM-dd}).");

        var removal = new RemovalDecision(caseId, admission.Id, decidedOn, request.Reason!, decidedBy, clock.GetUtcNow().UtcDateTime);
        admission.Close();
        db.Removals.Add(removal);
        db.AddIntegrationEvent(new ClientRemovedIntegrationEvent(Guid.CreateVersion7(), clock.GetUtcNow(), removal.Id, admission.Id, caseId, decidedOn, removal.Reason));
        await db.SaveOrConflictAsync($"The person of case {caseId} was removed at the same moment.", cancellationToken);
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

    private static DecidedApplication ToDecided(ApplicationProfile a) => new(a.ReferrerType, a.ApplicantRole,
        a.ExploitationForms.Select(f => new DecidedExploitationForm(f.Form, f.Primary)).ToList(), a.ExploitationLocation, a.MinorAtTime,
        a.DependentChildren.Select(c => new DecidedDependentChild(c.BirthYear, c.Sex)).ToList());
}
