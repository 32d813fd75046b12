using Tilda.Modules.Cases.Contracts;
using Microsoft.EntityFrameworkCore;
using Tilda.Modules.CriminalProcess.Contracts;
using Tilda.Shared;

namespace Tilda.Modules.CriminalProcess;

internal sealed class CriminalProcessTimeline(CriminalProcessDbContext db) : ICaseTimelineSource
{
    public const string Name = "criminal-process";

    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Guid caseId, CancellationToken cancellationToken) =>
        (await db.Stages.AsNoTracking().Where(s => s.CaseId == caseId).ToListAsync(cancellationToken))
        .Select(s => new TimelineEntry(s.OccurredOn, Name, "criminal-process-stage", s.Id,
            new Dictionary<string, object?> { ["stage"] = s.Code, ["role"] = s.Role, ["offence"] = s.Offence }))
        .ToList();
}
