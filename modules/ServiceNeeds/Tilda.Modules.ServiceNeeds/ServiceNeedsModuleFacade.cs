using Microsoft.EntityFrameworkCore;
using Tilda.Modules.ServiceNeeds.Contracts;

namespace Tilda.Modules.ServiceNeeds;

internal sealed class ServiceNeedsModuleFacade(ServiceNeedsDbContext db) : IServiceNeedsModule
{
    public async Task<IReadOnlyList<AssessmentMeasuresEnded>> AssessmentsWithAllMeasuresEndedAsync(DateOnly onDate, CancellationToken cancellationToken)
    {
        // Not running on the date (Measure.IsRunningOn), in SQL: ended, or planned to end before it.
        var over = await db.Assessments.AsNoTracking().Include(a => a.Measures)
            .Where(a => a.Status == Assessment.Current && a.Measures.Any() && a.Measures.All(m => m.EndedOn != null || m.EndOn < onDate))
            .ToListAsync(cancellationToken);
        return
        [
            .. over.Select(a => new AssessmentMeasuresEnded(a.Id, a.CaseId, a.AssessedOn, a.Measures.Max(m => (m.EndedOn ?? m.EndOn)!.Value)))
                .OrderBy(a => a.LastMeasureEndedOn).ThenBy(a => a.AssessmentId),
        ];
    }
}
