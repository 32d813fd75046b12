using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Tilda.Modules.Cases.Contracts;
using Tilda.Modules.Decisions.Contracts;
using Tilda.Modules.ServiceNeeds.Contracts;
using Tilda.Shared;
using Tilda.Shared.Errors;
using Tilda.Shared.Outbox;

namespace Tilda.Modules.ServiceNeeds;

internal sealed class ServiceNeedsService(
    ServiceNeedsDbContext db,
    ICasesModule cases,
    IDecisionsModule decisions,
    TimeProvider clock,
    IValidator<AssessmentRequest> assessmentValidator,
    IValidator<EndMeasureRequest> endValidator,
    IAuditTrail audit)
{
    public const int AdultAge = 18;

    public async Task<AssessmentView> AssessAsync(AssessmentRequest request, CancellationToken cancellationToken)
    {
        assessmentValidator.ValidateOrThrow(request);
        var caseId = request.CaseId!.Value;
        var assessedOn = request.AssessedOn!.Value;
        if (!await cases.CaseExistsAsync(caseId, cancellationToken)) throw new NotFoundException($"Case {caseId} was not found.");
        audit.Changed(caseId);
        var admission = await decisions.CurrentAdmissionAsync(caseId, cancellationToken)
            ?? throw new ConflictException($"The person of case {caseId} is not a current client; services are assessed for clients only.");

        var errors = new Dictionary<string, string[]>();
        if (assessedOn < admission.DecidedOn)
            errors["assessedOn"] = [$"The assessment cannot be dated before the admission ({admission.DecidedOn:yyyy-MM-dd})."];
        var measures = request.Measures!;
        for (var i = 0; i < measures.Count; i++)
            if (measures[i].StartOn < admission.DecidedOn)
                errors[$"measures[{i}].startOn"] = [$"A measure cannot start before the admission ({admission.DecidedOn:yyyy-MM-dd})."];
        var tracing = measures.Select((m, i) => (m, i)).Where(x => x.m.Measure == ServiceNeedsCodeLists.FamilyTracing).ToList();
        if (tracing.Count > 0 && !await IsOrWasMinorAsync(caseId, assessedOn, admission.DecidedOn, cancellationToken))
            foreach (var (_, i) in tracing)
                errors[$"measures[{i}].measure"] = ["Family tracing is for a client who is a minor on the assessment date or was one when admitted."];
        if (errors.Count > 0) throw new ValidationFailedException(errors);

        var assessment = new Assessment(caseId, assessedOn, clock.GetUtcNow().UtcDateTime);
        assessment.Measures.AddRange(measures.Select(m => new Measure(assessment.Id, caseId, m.Measure!, m.Provider!, m.StartOn!.Value, m.EndOn)));
        var earlier = await db.Assessments.SingleOrDefaultAsync(a => a.CaseId == caseId && a.Status == Assessment.Current, cancellationToken);
        earlier?.SupersedeBy(assessment.Id);
        db.Assessments.Add(assessment);
        db.AddIntegrationEvent(new ServiceNeedsAssessedIntegrationEvent(Guid.CreateVersion7(), clock.GetUtcNow(), assessment.Id, caseId, assessedOn, earlier?.Id,
            assessment.Measures.Select(m => new AssistanceMeasureEntry(m.Id, m.Code, m.Provider, m.StartOn, m.EndOn)).ToList()));
        await db.SaveChangesAsync(cancellationToken);
        return AssessmentView.Of(assessment);
    }

    public async Task<MeasureView> EndMeasureAsync(Guid measureId, EndMeasureRequest request, CancellationToken cancellationToken)
    {
        endValidator.ValidateOrThrow(request);
        var measure = await db.Measures.SingleOrDefaultAsync(m => m.Id == measureId, cancellationToken)
            ?? throw new NotFoundException($"Measure {measureId} was not found.");
        audit.Changed(measure.CaseId);
        if (measure.EndedOn is not null) throw new ConflictException($"Measure {measureId} already ended on {measure.EndedOn:yyyy-MM-dd}.");
        var endedOn = request.EndedOn!.Value;
        if (endedOn < measure.StartOn)
            throw new ValidationFailedException("endedOn", $"A measure cannot end before it starts ({measure.StartOn:yyyy-MM-dd}).");
        measure.End(endedOn);
        db.AddIntegrationEvent(new AssistanceMeasureEndedIntegrationEvent(Guid.CreateVersion7(), clock.GetUtcNow(), measure.Id, measure.CaseId, measure.Code, measure.Provider, endedOn));
        await db.SaveChangesAsync(cancellationToken);
        return AssessmentView.MeasureViewOf(measure);
    }

    public async Task<AssessmentView> GetAsync(Guid assessmentId, CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments.AsNoTracking().Include(a => a.Measures).SingleOrDefaultAsync(a => a.Id == assessmentId, cancellationToken)
            ?? throw new NotFoundException($"Assessment {assessmentId} was not found.");
        audit.Read(assessment.CaseId);
        return AssessmentView.Of(assessment);
    }

    private async Task<bool> IsOrWasMinorAsync(Guid caseId, DateOnly assessedOn, DateOnly admittedOn, CancellationToken cancellationToken) =>
        (await cases.GetProfileAsync(caseId, assessedOn, cancellationToken))?.AgeYears < AdultAge
        || (await cases.GetProfileAsync(caseId, admittedOn, cancellationToken))?.AgeYears < AdultAge;
}

internal sealed class ServiceNeedsModuleFacade(ServiceNeedsDbContext db) : IServiceNeedsModule
{
    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var assessments = await db.Assessments.AsNoTracking().Include(a => a.Measures).Where(a => a.CaseId == caseId).ToListAsync(cancellationToken);
        return
        [
            .. assessments.Select(a => new TimelineEntry(a.AssessedOn, "service-needs", "service-needs-assessed", a.Id, new Dictionary<string, object?>
            {
                ["status"] = a.Status, ["supersededBy"] = a.SupersededBy, ["measures"] = a.Measures.Select(AssessmentView.MeasureViewOf).ToList(),
            })),
            .. assessments.SelectMany(a => a.Measures).Where(m => m.EndedOn is not null).Select(m => new TimelineEntry(m.EndedOn!.Value, "service-needs", "measure-ended", m.Id,
                new Dictionary<string, object?> { ["measure"] = m.Code, ["provider"] = m.Provider })),
        ];
    }
}
