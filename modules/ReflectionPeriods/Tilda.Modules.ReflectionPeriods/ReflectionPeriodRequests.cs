using FluentValidation;
using Tilda.BuildingBlocks.Validation;
using Tilda.Shared;

namespace Tilda.Modules.ReflectionPeriods;

internal sealed record GrantRequest(Guid? CaseId, DateOnly? DecidedOn, DateOnly? StartOn, DateOnly? EndOn);

internal sealed record EndRequest(DateOnly? EndedOn, string? Reason);

internal sealed record ReflectionPeriodView(Guid ReflectionPeriodId, Guid CaseId, DateOnly DecidedOn, DateOnly StartOn, DateOnly EndOn, int LengthDays, DateOnly? EndedOn, string? EndReason)
{
    public static ReflectionPeriodView Of(ReflectionPeriod p) =>
        new(p.Id, p.CaseId, p.DecidedOn, p.StartOn, p.EndOn, ReflectionPeriod.LengthInDays(p.StartOn, p.EndOn), p.EndedOn, p.EndReason);
}

/// <summary>
/// The decision date may not lie in the future; the period starts on or after it (a start in the future is normal) and
/// lasts 30 to 183 days, first and last day included. Rules that need the case (client, admission date, residence status,
/// other periods) are checked by the service.
/// </summary>
internal sealed class GrantValidator : AbstractValidator<GrantRequest>
{
    public GrantValidator(TimeProvider clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.CaseId).NotEmpty();
        RuleFor(r => r.DecidedOn).NotNull().NotInFuture(clock, "The decision date");
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
        RuleFor(r => r.EndedOn).NotNull().NotInFuture(clock, "The end date");
        RuleFor(r => r.Reason).NotEmpty().KnownCode(ReflectionPeriodsCodeLists.EndReason).ValidOn(ReflectionPeriodsCodeLists.EndReason, r => r.EndedOn);
    }
}
