using FluentValidation;
using Tilda.BuildingBlocks.Validation;
using Tilda.Shared;

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
        RuleFor(r => r.DecidedOn).NotNull().NotInFuture(clock, "The decision date");
        RuleFor(r => r.Outcome).NotEmpty().KnownCode(DecisionsCodeLists.Outcome).ValidOn(DecisionsCodeLists.Outcome, r => r.DecidedOn);
        RuleFor(r => r.RejectionReason).NotEmpty().When(r => r.Outcome == AdmissionDecision.Rejected)
            .WithMessage("A rejection needs a reason.");
        RuleFor(r => r.RejectionReason).KnownCode(DecisionsCodeLists.RejectionReason).ValidOn(DecisionsCodeLists.RejectionReason, r => r.DecidedOn).When(r => !string.IsNullOrEmpty(r.RejectionReason));
        RuleFor(r => r.RejectionReason).Null().When(r => r.Outcome == AdmissionDecision.Admitted)
            .WithMessage("An admission has no rejection reason.");
    }
}

internal sealed class RemovalDecisionValidator : AbstractValidator<RemovalDecisionRequest>
{
    public RemovalDecisionValidator(TimeProvider clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.CaseId).NotEmpty();
        RuleFor(r => r.DecidedOn).NotNull().NotInFuture(clock, "The decision date");
        RuleFor(r => r.Reason).NotEmpty().KnownCode(DecisionsCodeLists.RemovalReason).ValidOn(DecisionsCodeLists.RemovalReason, r => r.DecidedOn);
    }
}
