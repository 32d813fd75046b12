using FluentValidation;
using Tilda.Shared;
using Tilda.Shared.CodeLists;

namespace Tilda.Modules.Decisions;

internal sealed record AdmissionDecisionRequest(Guid? ApplicationId, DateOnly? DecidedOn, string? Outcome, string? RejectionReason, bool? Urgent);

internal sealed record RemovalDecisionRequest(Guid? CaseId, DateOnly? DecidedOn, string? Reason);

internal sealed record DecisionCreated(Guid DecisionId, Guid CaseId, Guid? ApplicationId, DateOnly DecidedOn, string? Outcome, string? Reason);

internal sealed class AdmissionDecisionValidator : AbstractValidator<AdmissionDecisionRequest>
{
    public AdmissionDecisionValidator(TimeProvider clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.ApplicationId).NotEmpty();
        RuleFor(r => r.DecidedOn).NotNull().Must(d => d is null || d <= clock.Today()).WithMessage("The decision date cannot be in the future.");
        RuleFor(r => r.Outcome).NotEmpty().Must(DecisionsCodeLists.Outcome.Contains).WithMessage(Unknown(DecisionsCodeLists.Outcome));
        RuleFor(r => r.RejectionReason).NotEmpty().When(r => r.Outcome == AdmissionDecision.Rejected)
            .WithMessage("A rejection needs a reason.");
        RuleFor(r => r.RejectionReason).Must(DecisionsCodeLists.RejectionReason.Contains).When(r => !string.IsNullOrEmpty(r.RejectionReason))
            .WithMessage(Unknown(DecisionsCodeLists.RejectionReason));
        RuleFor(r => r.RejectionReason).Null().When(r => r.Outcome == AdmissionDecision.Admitted)
            .WithMessage("An admission has no rejection reason.");
    }

    internal static string Unknown(CodeList list) => $"Unknown code; expected {list.Describe()}.";
}

internal sealed class RemovalDecisionValidator : AbstractValidator<RemovalDecisionRequest>
{
    public RemovalDecisionValidator(TimeProvider clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.CaseId).NotEmpty();
        RuleFor(r => r.DecidedOn).NotNull().Must(d => d is null || d <= clock.Today()).WithMessage("The decision date cannot be in the future.");
        RuleFor(r => r.Reason).NotEmpty().Must(DecisionsCodeLists.RemovalReason.Contains).WithMessage(AdmissionDecisionValidator.Unknown(DecisionsCodeLists.RemovalReason));
    }
}
