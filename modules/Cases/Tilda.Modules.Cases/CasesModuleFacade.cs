using Microsoft.EntityFrameworkCore;
using Tilda.Modules.Cases.Contracts;
using Tilda.Shared.Events;

namespace Tilda.Modules.Cases;

internal sealed class CasesModuleFacade(CasesDbContext db) : ICasesModule
{
    public async Task<ApplicationSummary?> FindApplicationAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        return application is null ? null
            : new ApplicationSummary(application.Id, application.CaseId, application.ReceivedOn, application.ToProfile());
    }

    public Task<bool> CaseExistsAsync(Guid caseId, CancellationToken cancellationToken) =>
        db.Cases.AnyAsync(c => c.Id == caseId, cancellationToken);

    public async Task<ClientProfile?> GetProfileAsync(Guid caseId, DateOnly onDate, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.AsNoTracking().Include(c => c.PersonHistory).SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        return @case?.ProfileOn(onDate);
    }
}
