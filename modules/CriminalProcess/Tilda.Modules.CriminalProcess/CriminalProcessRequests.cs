using FluentValidation;
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
        RuleFor(r => r.Stage).NotEmpty().Must(CriminalProcessCodeLists.Stage.Contains).WithMessage($"Unknown stage; expected {CriminalProcessCodeLists.Stage.Describe()}.");
        RuleFor(r => r.OccurredOn).NotNull().Must(d => d is null || d <= clock.Today()).WithMessage("The date cannot be in the future.");
        RuleFor(r => r.Role).NotEmpty().Must(CriminalProcessCodeLists.Role.Contains).WithMessage($"Unknown role; expected {CriminalProcessCodeLists.Role.Describe()}.");
        RuleFor(r => r.Offence).NotEmpty().Must(CriminalProcessCodeLists.Offence.Contains).WithMessage($"Unknown offence; expected {CriminalProcessCodeLists.Offence.Describe()}.");
    }
}
