using Tilda.Modules.Audit.Contracts;
using Tilda.BuildingBlocks.Validation;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Tilda.Modules.Cases.Contracts;
using Tilda.Modules.Decisions.Contracts;
using Tilda.Modules.ServiceNeeds.Contracts;
using Tilda.Shared;
using Tilda.Shared.Errors;
using Tilda.BuildingBlocks.Outbox;
using Tilda.BuildingBlocks.Persistence;

namespace Tilda.Modules.ServiceNeeds;

/// <summary>
/// Assesses a client's service needs and ends measures. Edge cases decided here (the validator adds the date and code rules):
/// <list type="bullet">
/// <item>Only a current client is assessed (Decisions says who: 409 otherwise); the assessment and every measure's start
/// lie on or after the current admission. A measure may start before the assessment date — help given from the admission
/// on is confirmed in the first assessment — but not before the admission.</item>
/// <item><c>family-tracing</c> is for a client who is a minor (under 18, ages from Cases as on the date) on the assessment
/// date or was one on the admission date; without a known age it is refused, since minority cannot be shown.</item>
/// <item>A reassessment supersedes the current assessment, which stays on record with its measures; measures already
/// granted keep running until ended, so a reassessment lists the measures it grants now.</item>
/// <item>A reassessment that lists a measure (same measure and provider) still running on its date carries that measure
/// on: it moves to the new assessment with its id and start, and takes the planned end granted now (not before its start).
/// The event marks it <c>Continued</c>, so it is not counted as started again.</item>
/// </list>
/// </summary>
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
        await audit.ChangingAsync(caseId, cancellationToken);
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
        if (tracing.Count > 0 && await FamilyTracingRefusalAsync(caseId, assessedOn, admission.DecidedOn, cancellationToken) is { } refusal)
            foreach (var (_, i) in tracing)
                errors[$"measures[{i}].measure"] = [refusal];
        var running = await RunningMeasuresAsync(caseId, assessedOn, cancellationToken);
        var carried = new Measure?[measures.Count];
        for (var i = 0; i < measures.Count; i++)
        {
            var listed = measures[i];
            carried[i] = running.FirstOrDefault(m => m.Code == listed.Measure && m.Provider == listed.Provider && !carried.Contains(m));
            if (carried[i] is { } same && listed.EndOn < same.StartOn)
                errors[$"measures[{i}].endOn"] = [$"This measure has been running since {same.StartOn:yyyy-MM-dd}; its planned end cannot be before that."];
        }
        if (errors.Count > 0) throw new ValidationFailedException(errors);

        var assessment = new Assessment(caseId, assessedOn, clock.GetUtcNow().UtcDateTime);
        var earlier = await db.Assessments.SingleOrDefaultAsync(a => a.CaseId == caseId && a.Status == Assessment.Current, cancellationToken);
        for (var i = 0; i < measures.Count; i++)
        {
            var listed = measures[i];
            if (carried[i] is { } same)
            {
                db.Assessments.Local.FirstOrDefault(a => a.Id == same.AssessmentId)?.Measures.Remove(same);
                same.ContinueIn(assessment.Id, listed.EndOn);
                assessment.Measures.Add(same);
            }
            else
            {
                assessment.Measures.Add(new Measure(assessment.Id, caseId, listed.Measure!, listed.Provider!, listed.StartOn!.Value, listed.EndOn));
            }
        }
        earlier?.SupersedeBy(assessment.Id);
        db.Assessments.Add(assessment);
        db.AddIntegrationEvent(new ServiceNeedsAssessedIntegrationEvent(Guid.CreateVersion7(), clock.GetUtcNow(), assessment.Id, caseId, assessedOn, earlier?.Id,
            assessment.Measures.Select(m => new AssistanceMeasureEntry(m.Id, m.Code, m.Provider, m.StartOn, m.EndOn, Continued: carried.Contains(m))).ToList()));
        await db.SaveOrConflictAsync($"Case {caseId} was reassessed at the same moment; read its assessments and try again.", cancellationToken);
        return AssessmentView.Of(assessment);
    }

    public async Task<MeasureView> EndMeasureAsync(Guid measureId, EndMeasureRequest request, CancellationToken cancellationToken)
    {
        endValidator.ValidateOrThrow(request);
        var measure = await db.Measures.SingleOrDefaultAsync(m => m.Id == measureId, cancellationToken)
            ?? throw new NotFoundException($"Measure {measureId} was not found.");
        await audit.ChangingAsync(measure.CaseId, cancellationToken);
        var endedOn = request.EndedOn!.Value;
        Ending.EnsureCanEnd($"Measure {measureId}", measure.EndedOn, measure.StartOn, endedOn);

        measure.End(endedOn);
        db.AddIntegrationEvent(new AssistanceMeasureEndedIntegrationEvent(Guid.CreateVersion7(), clock.GetUtcNow(), measure.Id, measure.CaseId,
            measure.Code, measure.Provider, endedOn));
        await db.SaveOrConflictAsync($"Measure {measureId} was ended at the same moment.", cancellationToken);
        return AssessmentView.MeasureViewOf(measure);
    }

    public async Task<AssessmentView> GetAsync(Guid assessmentId, CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments.AsNoTracking().Include(a => a.Measures).SingleOrDefaultAsync(a => a.Id == assessmentId, cancellationToken)
            ?? throw new NotFoundException($"Assessment {assessmentId} was not found.");
        audit.Read(assessment.CaseId);
        return AssessmentView.Of(assessment);
    }

    /// <summary>The case's measures still running on the date, whichever assessment granted them, earliest start first.</summary>
    private async Task<List<Measure>> RunningMeasuresAsync(Guid caseId, DateOnly onDate, CancellationToken cancellationToken)
    {
        var running = await db.Measures.Where(m => m.CaseId == caseId).Where(Measure.RunningOn(onDate)).ToListAsync(cancellationToken);
        return [.. running.OrderBy(m => m.StartOn).ThenBy(m => m.Id)];
    }

    /// <summary>Null when the client is a minor on the assessment date or was one on the admission date; else why not.</summary>
    private async Task<string?> FamilyTracingRefusalAsync(Guid caseId, DateOnly assessedOn, DateOnly admittedOn, CancellationToken cancellationToken)
    {
        var onAssessment = (await cases.GetProfileAsync(caseId, assessedOn, cancellationToken))?.AgeYears;
        var onAdmission = (await cases.GetProfileAsync(caseId, admittedOn, cancellationToken))?.AgeYears;
        if (onAssessment < AdultAge || onAdmission < AdultAge) return null;
        return onAssessment is null && onAdmission is null
            ? "Family tracing is for a client who is a minor on the assessment date or was one when admitted; the client's age is not known."
            : "Family tracing is for a client who is a minor on the assessment date or was one when admitted.";
    }

}
