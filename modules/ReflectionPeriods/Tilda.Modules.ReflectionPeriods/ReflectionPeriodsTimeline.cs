using Tilda.Modules.Cases.Contracts;
using Microsoft.EntityFrameworkCore;
using Tilda.Modules.ReflectionPeriods.Contracts;
using Tilda.Shared;

namespace Tilda.Modules.ReflectionPeriods;

internal sealed class ReflectionPeriodsTimeline(ReflectionPeriodsDbContext db) : ICaseTimelineSource
{
    private const string Name = "reflection-periods";

    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var periods = await db.Periods.AsNoTracking().Where(p => p.CaseId == caseId).ToListAsync(cancellationToken);
        return
        [
            .. periods.Select(p => new TimelineEntry(p.DecidedOn, Name, "reflection-period-granted", p.Id, new Dictionary<string, object?>
            {
                ["startOn"] = p.StartOn, ["endOn"] = p.EndOn, ["lengthDays"] = ReflectionPeriod.LengthInDays(p.StartOn, p.EndOn),
                ["endedOn"] = p.EndedOn, ["endReason"] = p.EndReason,
            })),
            .. periods.Where(p => p.EndedOn is not null).Select(p => new TimelineEntry(p.EndedOn!.Value, Name, "reflection-period-ended", p.Id,
                new Dictionary<string, object?> { ["reason"] = p.EndReason, ["startOn"] = p.StartOn, ["endOn"] = p.EndOn })),
        ];
    }
}
