using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Tilda.Modules.Cases.Contracts;
using Tilda.Modules.Decisions.Contracts;
using Tilda.Modules.ReflectionPeriods.Contracts;
using Tilda.Shared;
using Tilda.Shared.CodeLists;
using Tilda.Shared.Errors;
using Tilda.Shared.Outbox;

namespace Tilda.Modules.ReflectionPeriods;

internal sealed record GrantRequest(Guid? CaseId, DateOnly? DecidedOn, DateOnly? StartOn, DateOnly? EndOn);

internal sealed record EndRequest(DateOnly? EndedOn, string? Reason);

internal sealed record ReflectionPeriodView(Guid ReflectionPeriodId, Guid CaseId, DateOnly DecidedOn, DateOnly StartOn, DateOnly EndOn, int LengthDays, DateOnly? EndedOn, string? EndReason)
{
    public static ReflectionPeriodView Of(ReflectionPeriod p) =>
        new(p.Id, p.CaseId, p.DecidedOn, p.StartOn, p.EndOn, ReflectionPeriod.LengthInDays(p.StartOn, p.EndOn), p.EndedOn, p.EndReason);
}

internal sealed class ReflectionPeriodsCodeLists : ICodeListSource
{
    public static readonly CodeList EndReason = new("reflectionPeriodEndReason",
    [
        new("expired", new("Harkinta-aika päättyi", "Betänketiden löpte ut", "Expired")),
        new("interrupted", new("Harkinta-aika keskeytettiin", "Betänketiden avbröts", "Interrupted")),
        new("residence-permit-granted", new("Oleskelulupa myönnettiin", "Uppehållstillstånd beviljades", "Residence permit granted")),
        new("left-finland", new("Poistui Suomesta", "Lämnade Finland", "Left Finland")),
        new("other", new("Muu syy", "Annat skäl", "Other reason")),
    ]);

    public IEnumerable<CodeList> CodeLists => [EndReason];
}

internal sealed class GrantValidator : AbstractValidator<GrantRequest>
{
    public GrantValidator(TimeProvider clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.CaseId).NotEmpty();
        RuleFor(r => r.DecidedOn).NotNull().Must(d => d is null || d <= clock.Today()).WithMessage("The decision date cannot be in the future.");
        RuleFor(r => r.StartOn).NotNull().Must((r, s) => s is null || r.DecidedOn is null || s >= r.DecidedOn)
            .WithMessage("A reflection period cannot start before it is decided.");
        RuleFor(r => r.EndOn).NotNull()
            .Must((r, e) => e is null || r.StartOn is null || ReflectionPeriod.LengthInDays(r.StartOn.Value, e.Value) is >= ReflectionPeriod.MinDays and <= ReflectionPeriod.MaxDays)
            .WithMessage($"A reflection period lasts {ReflectionPeriod.MinDays} to {ReflectionPeriod.MaxDays} days, first and last day included.");
    }
}

internal sealed class EndValidator : AbstractValidator<EndRequest>
{
    public EndValidator(TimeProvider clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.EndedOn).NotNull().Must(d => d is null || d <= clock.Today()).WithMessage("The end date cannot be in the future.");
        RuleFor(r => r.Reason).NotEmpty().Must(ReflectionPeriodsCodeLists.EndReason.Contains)
            .WithMessage($"Unknown reason; expected {ReflectionPeriodsCodeLists.EndReason.Describe()}.");
    }
}

internal sealed class ReflectionPeriodsService(
    ReflectionPeriodsDbContext db,
    ICasesModule cases,
    IDecisionsModule decisions,
    TimeProvider clock,
    IValidator<GrantRequest> grantValidator,
    IValidator<EndRequest> endValidator,
    IAuditTrail audit)
{
    public const string NoRightOfResidence = "irregular";

    public async Task<ReflectionPeriodView> GrantAsync(GrantRequest request, string decidedBy, CancellationToken cancellationToken)
    {
        grantValidator.ValidateOrThrow(request);
        var caseId = request.CaseId!.Value;
        var decidedOn = request.DecidedOn!.Value;
        var profile = await cases.GetProfileAsync(caseId, decidedOn, cancellationToken) ?? throw new NotFoundException($"Case {caseId} was not found.");
        audit.Changed(caseId);
        if (await decisions.CurrentAdmissionAsync(caseId, cancellationToken) is null)
            throw new ConflictException($"The person of case {caseId} is not a current client; a reflection period is granted to clients only.");
        if (profile.ResidenceStatus != NoRightOfResidence)
            throw new ValidationFailedException("caseId",
                $"A reflection period is for a client staying in Finland without a right of residence; on {decidedOn:yyyy-MM-dd} the residence status was '{profile.ResidenceStatus}', not '{NoRightOfResidence}'.");
        var periods = await db.Periods.Where(p => p.CaseId == caseId).ToListAsync(cancellationToken);
        if (periods.FirstOrDefault(p => p.IsOpenOn(decidedOn)) is { } open)
            throw new ConflictException($"The client already has an open reflection period ({open.StartOn:yyyy-MM-dd} – {open.EndOn:yyyy-MM-dd}).");

        var period = new ReflectionPeriod(caseId, decidedOn, request.StartOn!.Value, request.EndOn!.Value, decidedBy, clock.GetUtcNow().UtcDateTime);
        db.Periods.Add(period);
        db.AddIntegrationEvent(new ReflectionPeriodGrantedIntegrationEvent(Guid.CreateVersion7(), clock.GetUtcNow(), period.Id, caseId, decidedOn, period.StartOn, period.EndOn));
        await db.SaveChangesAsync(cancellationToken);
        return ReflectionPeriodView.Of(period);
    }

    public async Task<ReflectionPeriodView> EndAsync(Guid periodId, EndRequest request, CancellationToken cancellationToken)
    {
        endValidator.ValidateOrThrow(request);
        var period = await db.Periods.SingleOrDefaultAsync(p => p.Id == periodId, cancellationToken)
            ?? throw new NotFoundException($"Reflection period {periodId} was not found.");
        audit.Changed(period.CaseId);
        if (period.EndedOn is not null) throw new ConflictException($"Reflection period {periodId} already ended on {period.EndedOn:yyyy-MM-dd}.");
        var endedOn = request.EndedOn!.Value;
        if (endedOn < period.StartOn)
            throw new ValidationFailedException("endedOn", $"A reflection period cannot end before it starts ({period.StartOn:yyyy-MM-dd}).");
        period.End(endedOn, request.Reason!);
        db.AddIntegrationEvent(new ReflectionPeriodEndedIntegrationEvent(Guid.CreateVersion7(), clock.GetUtcNow(), period.Id, period.CaseId, endedOn, request.Reason!));
        await db.SaveChangesAsync(cancellationToken);
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

internal sealed class ReflectionPeriodsModuleFacade(ReflectionPeriodsDbContext db) : IReflectionPeriodsModule
{
    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var periods = await db.Periods.AsNoTracking().Where(p => p.CaseId == caseId).ToListAsync(cancellationToken);
        return
        [
            .. periods.Select(p => new TimelineEntry(p.DecidedOn, "reflection-periods", "reflection-period-granted", p.Id,
                new Dictionary<string, object?> { ["startOn"] = p.StartOn, ["endOn"] = p.EndOn })),
            .. periods.Where(p => p.EndedOn is not null).Select(p => new TimelineEntry(p.EndedOn!.Value, "reflection-periods", "reflection-period-ended", p.Id,
                new Dictionary<string, object?> { ["reason"] = p.EndReason })),
        ];
    }
}
