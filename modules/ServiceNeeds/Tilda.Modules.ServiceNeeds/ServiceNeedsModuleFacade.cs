using Microsoft.EntityFrameworkCore;
using Tilda.Modules.ServiceNeeds.Contracts;

namespace Tilda.Modules.ServiceNeeds;

internal sealed class ServiceNeedsModuleFacade(ServiceNeedsDbContext db) : IServiceNeedsModule
{
    public async Task<IReadOnlyList<AssessmentMeasuresEnded>> AssessmentsWithAllMeasuresEndedAsync(DateOnly onDate, CancellationToken cancellationToken)
    {
        var running = Measure.RunningOn(onDate);
        var over = await db.Assessments.AsNoTracking().Include(a => a.Measures)
            .Where(a => a.Status == Assessment.Current && a.Measures.Any() && !a.Measures.AsQueryable().Any(running))
            .ToListAsync(cancellationToken);
        return
        [
            .. over.Select(a => new AssessmentMeasuresEnded(a.Id, a.CaseId, a.AssessedOn, a.Measures.Max(m => (m.EndedOn ?? m.EndOn)!.Value)))
                .OrderBy(a => a.LastMeasureEndedOn).ThenBy(a => a.AssessmentId),
        ];
    }
}
