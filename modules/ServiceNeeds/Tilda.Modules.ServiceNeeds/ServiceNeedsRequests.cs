using FluentValidation;
using Tilda.BuildingBlocks.Validation;
using Tilda.Shared;

namespace Tilda.Modules.ServiceNeeds;

internal sealed record AssessmentRequest(Guid? CaseId, DateOnly? AssessedOn, IReadOnlyList<MeasureRequest>? Measures);

internal sealed record MeasureRequest(string? Measure, string? Provider, DateOnly? StartOn, DateOnly? EndOn);

internal sealed record EndMeasureRequest(DateOnly? EndedOn);

internal sealed record MeasureView(Guid MeasureId, string Measure, string Provider, DateOnly StartOn, DateOnly? EndOn, DateOnly? EndedOn);

internal sealed record AssessmentView(Guid AssessmentId, Guid CaseId, DateOnly AssessedOn, string Status, Guid? SupersededBy, IReadOnlyList<MeasureView> Measures)
{
    public static AssessmentView Of(Assessment a) => new(a.Id, a.CaseId, a.AssessedOn, a.Status, a.SupersededBy,
        a.Measures.OrderBy(m => m.StartOn).ThenBy(m => m.Code, StringComparer.Ordinal).Select(MeasureViewOf).ToList());

    public static MeasureView MeasureViewOf(Measure m) => new(m.Id, m.Code, m.Provider, m.StartOn, m.EndOn, m.EndedOn);
}

/// <summary>
/// The assessment date and each measure's start may not lie in the future; a measure's planned end may — an end granted
/// in advance is normal — but not before its start. Known measure and provider codes; 1 to 20 measures. Rules that need
/// the case (client, admission date, age) are checked by the service.
/// </summary>
internal sealed class AssessmentValidator : AbstractValidator<AssessmentRequest>
{
    public const int MaxMeasures = 20;

    public AssessmentValidator(TimeProvider clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.CaseId).NotEmpty();
        RuleFor(r => r.AssessedOn).NotNull().NotInFuture(clock, "The assessment date");
        RuleFor(r => r.Measures).NotEmpty().Must(m => m is null || m.Count <= MaxMeasures).WithMessage($"Between 1 and {MaxMeasures} measures.");
        RuleForEach(r => r.Measures).NotNull().WithMessage("A measure cannot be null.").ChildRules(measure =>
        {
            measure.RuleLevelCascadeMode = CascadeMode.Stop;
            measure.RuleFor(m => m.Measure).NotEmpty().KnownCode(ServiceNeedsCodeLists.Measure).ValidOn(ServiceNeedsCodeLists.Measure, m => m.StartOn);
            measure.RuleFor(m => m.Provider).NotEmpty().KnownCode(ServiceNeedsCodeLists.Provider).ValidOn(ServiceNeedsCodeLists.Provider, m => m.StartOn);
            measure.RuleFor(m => m.StartOn).NotNull().NotInFuture(clock, "A measure");
            measure.RuleFor(m => m.EndOn).Must((m, end) => end is null || m.StartOn is null || end >= m.StartOn).WithMessage("A measure cannot end before it starts.");
        }).OverridePropertyName("measures");
    }
}

/// <summary>The actual end may not lie in the future (a planned end is given in the assessment).</summary>
internal sealed class EndMeasureValidator : AbstractValidator<EndMeasureRequest>
{
    public EndMeasureValidator(TimeProvider clock)
    {
        RuleFor(r => r.EndedOn).NotNull().NotInFuture(clock, "The end date");
    }
}
