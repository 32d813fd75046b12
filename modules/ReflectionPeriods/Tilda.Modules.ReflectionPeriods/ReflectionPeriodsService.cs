using Tilda.Modules.Audit.Contracts;
using Tilda.BuildingBlocks.Validation;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Tilda.Modules.Cases.Contracts;
using Tilda.Modules.Decisions.Contracts;
using Tilda.Modules.ReflectionPeriods.Contracts;
using Tilda.Shared;
using Tilda.Shared.Errors;
using Tilda.BuildingBlocks.Outbox;
using Tilda.BuildingBlocks.Persistence;

namespace Tilda.Modules.ReflectionPeriods;

/// <summary>
/// Grants and ends reflection periods. Only a current client (Decisions says who: 409 otherwise) whose residence status
/// on the decision date is <c>irregular</c> (Cases says: 422 otherwise, with the status found) may be granted one, on a
/// date not before the admission; at most one period may be open at a time (409, see <see cref="ReflectionPeriod.ConflictWith"/>).
/// </summary>
internal sealed class ReflectionPeriodsService(
    ReflectionPeriodsDbContext db,
    ICasesModule cases,
    IDecisionsModule decisions,
    TimeProvider clock,
    IValidator<GrantRequest> grantValidator,
    IValidator<EndRequest> endValidator,
    IAuditTrail audit)
{
    /// <summary>The residence status of a person staying in Finland without a right of residence.</summary>
    public const string NoRightOfResidence = "irregular";

    public async Task<ReflectionPeriodView> GrantAsync(GrantRequest request, string decidedBy, CancellationToken cancellationToken)
    {
        grantValidator.ValidateOrThrow(request);
        var caseId = request.CaseId!.Value;
        var decidedOn = request.DecidedOn!.Value;
        var (startOn, endOn) = (request.StartOn!.Value, request.EndOn!.Value);
        var profile = await cases.GetProfileAsync(caseId, decidedOn, cancellationToken) ?? throw new NotFoundException($"Case {caseId} was not found.");
        await audit.ChangingAsync(caseId, cancellationToken);
        var admission = await decisions.CurrentAdmissionAsync(caseId, cancellationToken)
            ?? throw new ConflictException($"The person of case {caseId} is not a current client; a reflection period is granted to clients only.");
        if (decidedOn < admission.DecidedOn)
            throw new ValidationFailedException("decidedOn", $"The decision cannot be dated before the admission ({admission.DecidedOn:yyyy-MM-dd}).");
        if (profile.ResidenceStatus != NoRightOfResidence)
            throw new ValidationFailedException("caseId",
                $"A reflection period is for a client staying in Finland without a right of residence; on {decidedOn:yyyy-MM-dd} the residence status was '{profile.ResidenceStatus}', not '{NoRightOfResidence}'.");
        var periods = await db.Periods.AsNoTracking().Where(p => p.CaseId == caseId).ToListAsync(cancellationToken);
        if (periods.Select(p => p.ConflictWith(decidedOn, endOn)).FirstOrDefault(c => c is not null) is { } conflict)
            throw new ConflictException(conflict);

        var period = new ReflectionPeriod(caseId, decidedOn, startOn, endOn, decidedBy, clock.GetUtcNow().UtcDateTime);
        db.Periods.Add(period);
        db.AddIntegrationEvent(new ReflectionPeriodGrantedIntegrationEvent(Guid.CreateVersion7(), clock.GetUtcNow(), period.Id, caseId, decidedOn, startOn, endOn));
        await db.SaveOrConflictAsync($"A reflection period decided on {decidedOn:yyyy-MM-dd} was just recorded for case {caseId}.", cancellationToken);
        return ReflectionPeriodView.Of(period);
    }

    public async Task<ReflectionPeriodView> EndAsync(Guid periodId, EndRequest request, CancellationToken cancellationToken)
    {
        endValidator.ValidateOrThrow(request);
        var period = await db.Periods.SingleOrDefaultAsync(p => p.Id == periodId, cancellationToken)
            ?? throw new NotFoundException($"Reflection period {periodId} was not found.");
        await audit.ChangingAsync(period.CaseId, cancellationToken);
        var (endedOn, reason) = (request.EndedOn!.Value, request.Reason!);
        Ending.EnsureCanEnd($"Reflection period {periodId}", period.EndedOn, period.StartOn, endedOn);
        if (period.CannotEnd(endedOn, reason) is { } error) throw new ValidationFailedException(error.Field, error.Message);

        period.End(endedOn, reason);
        db.AddIntegrationEvent(new ReflectionPeriodEndedIntegrationEvent(Guid.CreateVersion7(), clock.GetUtcNow(), period.Id, period.CaseId, endedOn, reason));
        await db.SaveOrConflictAsync($"Reflection period {periodId} was ended at the same moment.", cancellationToken);
        return ReflectionPeriodView.Of(period);
    }

    public async Task<ReflectionPeriodView> GetAsync(Guid periodId, CancellationToken cancellationToken)
    {
        var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == periodId, cancellationToken)
            ?? throw new NotFoundException($"Reflection period {periodId} was not found.");
        audit.Read(period.CaseId);
        return ReflectionPeriodView.Of(period);
    }

}
