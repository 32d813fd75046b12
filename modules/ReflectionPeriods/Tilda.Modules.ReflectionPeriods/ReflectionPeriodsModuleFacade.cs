using Microsoft.EntityFrameworkCore;
using Tilda.Modules.ReflectionPeriods.Contracts;

namespace Tilda.Modules.ReflectionPeriods;

internal sealed class ReflectionPeriodsModuleFacade(ReflectionPeriodsDbContext db) : IReflectionPeriodsModule
{
    public async Task<IReadOnlyList<ReflectionPeriodEnding>> EndingBetweenAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        await db.Periods.AsNoTracking()
            .Where(p => p.EndedOn == null && p.EndOn >= from && p.EndOn <= to)
            .OrderBy(p => p.EndOn).ThenBy(p => p.Id)
            .Select(p => new ReflectionPeriodEnding(p.Id, p.CaseId, p.StartOn, p.EndOn))
            .ToListAsync(cancellationToken);
}
