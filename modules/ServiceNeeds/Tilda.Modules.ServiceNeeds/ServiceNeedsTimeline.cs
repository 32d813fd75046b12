using Tilda.Modules.Cases.Contracts;
using Microsoft.EntityFrameworkCore;
using Tilda.Modules.ServiceNeeds.Contracts;
using Tilda.Shared;

namespace Tilda.Modules.ServiceNeeds;

/// <summary>The case's assessments (each with its measures as they stand) and the ends of measures, for the timeline.</summary>
internal sealed class ServiceNeedsTimeline(ServiceNeedsDbContext db) : ICaseTimelineSource
{
    private const string Name = "service-needs";

    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var assessments = await db.Assessments.AsNoTracking().Include(a => a.Measures).Where(a => a.CaseId == caseId).ToListAsync(cancellationToken);
        return
        [
            .. assessments.Select(a => new TimelineEntry(a.AssessedOn, Name, "service-needs-assessed", a.Id, new Dictionary<string, object?>
            {
                ["status"] = a.Status, ["supersededBy"] = a.SupersededBy, ["measures"] = AssessmentView.Of(a).Measures,
            })),
            .. assessments.SelectMany(a => a.Measures).Where(m => m.EndedOn is not null).Select(m => new TimelineEntry(m.EndedOn!.Value, Name, "measure-ended", m.Id,
                new Dictionary<string, object?> { ["measure"] = m.Code, ["provider"] = m.Provider, ["startOn"] = m.StartOn, ["endOn"] = m.EndOn })),
        ];
    }
}
