using Tilda.Modules.Audit.Contracts;
using Tilda.BuildingBlocks.Validation;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Tilda.Modules.Cases.Contracts;
using Tilda.Modules.CriminalProcess.Contracts;
using Tilda.Shared;
using Tilda.Shared.Errors;
using Tilda.BuildingBlocks.Outbox;

namespace Tilda.Modules.CriminalProcess;

/// <summary>
/// Records the person's part in the criminal process. Edge cases decided here:
/// <list type="bullet">
/// <item>A stage may be recorded for any case — applicant, client, former client or rejected — since a person's part in a
/// process does not wait for (or end with) the assistance system. Statistics count only those who are clients on the
/// stage's date (<c>clients.criminal-process</c>).</item>
/// <item>Its date may not lie before the person's first application (nothing is known of the person before it) nor in
/// the future.</item>
/// <item>A charging decision or a verdict needs an <c>investigation-started</c> stage of the case dated on or before it
/// (<see cref="Stage.MissingInvestigation"/>); the other stages need nothing before them.</item>
/// </list>
/// </summary>
internal sealed class CriminalProcessService(
    CriminalProcessDbContext db,
    ICasesModule cases,
    TimeProvider clock,
    IValidator<StageRequest> validator,
    IAuditTrail audit)
{
    public async Task<StageView> RecordAsync(Guid caseId, StageRequest request, CancellationToken cancellationToken)
    {
        validator.ValidateOrThrow(request);
        var firstApplication = await cases.FirstApplicationOnAsync(caseId, cancellationToken)
            ?? throw new NotFoundException($"Case {caseId} was not found.");
        await audit.ChangingAsync(caseId, cancellationToken);
        var occurredOn = request.OccurredOn!.Value;
        if (occurredOn < firstApplication)
            throw new ValidationFailedException("occurredOn", $"A stage cannot be dated before the person's first application ({firstApplication:yyyy-MM-dd}).");
        var recorded = await db.Stages.AsNoTracking().Where(s => s.CaseId == caseId).ToListAsync(cancellationToken);
        if (Stage.MissingInvestigation(request.Stage!, occurredOn, recorded) is { } reason)
            throw new ValidationFailedException("stage", reason);

        var stage = new Stage(caseId, request.Stage!, occurredOn, request.Role!, request.Offence!, clock.GetUtcNow().UtcDateTime);
        db.Stages.Add(stage);
        db.AddIntegrationEvent(new CriminalProcessStageRecordedIntegrationEvent(Guid.CreateVersion7(), clock.GetUtcNow(), stage.Id, caseId,
            stage.Code, occurredOn, stage.Role, stage.Offence));
        await db.SaveChangesAsync(cancellationToken);
        return StageView.Of(stage);
    }

    public async Task<StageView> GetAsync(Guid caseId, Guid stageId, CancellationToken cancellationToken)
    {
        var stage = await db.Stages.AsNoTracking().SingleOrDefaultAsync(s => s.Id == stageId && s.CaseId == caseId, cancellationToken)
            ?? throw new NotFoundException($"Stage {stageId} of case {caseId} was not found.");
        audit.Read(caseId);
        return StageView.Of(stage);
    }

    /// <summary>The case's stages in the order they occurred (then as recorded).</summary>
    public async Task<IReadOnlyList<StageView>> ListAsync(Guid caseId, CancellationToken cancellationToken)
    {
        if (!await cases.CaseExistsAsync(caseId, cancellationToken)) throw new NotFoundException($"Case {caseId} was not found.");
        audit.Read(caseId);
        return (await db.Stages.AsNoTracking().Where(s => s.CaseId == caseId).ToListAsync(cancellationToken))
            .OrderBy(s => s.OccurredOn).ThenBy(s => s.RecordedAt).ThenBy(s => s.Id).Select(StageView.Of).ToList();
    }
}
