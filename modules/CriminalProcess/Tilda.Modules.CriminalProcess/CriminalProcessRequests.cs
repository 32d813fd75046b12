using FluentValidation;
using Tilda.BuildingBlocks.Validation;
using Tilda.Shared;

namespace Tilda.Modules.CriminalProcess;

internal sealed record StageRequest(string? Stage, DateOnly? OccurredOn, string? Role, string? Offence);

internal sealed record StageView(Guid StageId, Guid CaseId, string Stage, DateOnly OccurredOn, string Role, string Offence)
{
    public static StageView Of(Stage s) => new(s.Id, s.CaseId, s.Code, s.OccurredOn, s.Role, s.Offence);
}

/// <summary>Known stage, role and offence codes; a date not in the future. Rules that need the case (the first
/// application, the earlier stages) are checked by the service.</summary>
internal sealed class StageValidator : AbstractValidator<StageRequest>
{
    public StageValidator(TimeProvider clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.Stage).NotEmpty().KnownCode(CriminalProcessCodeLists.Stage).ValidOn(CriminalProcessCodeLists.Stage, r => r.OccurredOn);
        RuleFor(r => r.OccurredOn).NotNull().NotInFuture(clock, "The date");
        RuleFor(r => r.Role).NotEmpty().KnownCode(CriminalProcessCodeLists.Role).ValidOn(CriminalProcessCodeLists.Role, r => r.OccurredOn);
        RuleFor(r => r.Offence).NotEmpty().KnownCode(CriminalProcessCodeLists.Offence).ValidOn(CriminalProcessCodeLists.Offence, r => r.OccurredOn);
    }
}
