using Microsoft.EntityFrameworkCore;
using Tilda.Modules.Cases.Contracts;
using Tilda.Shared;
using Tilda.Shared.Events;

namespace Tilda.Modules.Cases;

internal sealed class CasesModuleFacade(CasesDbContext db, IApplicationDecisions decisions) : ICasesModule, ICaseTimelineSource, IPendingApplications
{
    public async Task<IReadOnlyList<PendingApplication>> PendingAsync(CancellationToken cancellationToken)
    {
        var decided = await decisions.ApplicationsInStateAsync(null, cancellationToken);
        return await db.Applications.AsNoTracking().Where(a => !decided.Contains(a.Id))
            .OrderBy(a => a.ReceivedOn).ThenBy(a => a.RecordedAt)
            .Select(a => new PendingApplication(a.Id, a.CaseId, a.ReceivedOn, a.Urgent))
            .ToListAsync(cancellationToken);
    }

    public async Task<ApplicationSummary?> FindApplicationAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        return application is null ? null
            : new ApplicationSummary(application.Id, application.CaseId, application.ReceivedOn, application.ToProfile());
    }

    public Task<bool> CaseExistsAsync(Guid caseId, CancellationToken cancellationToken) =>
        db.Cases.AnyAsync(c => c.Id == caseId, cancellationToken);

    public async Task<DateOnly?> FirstApplicationOnAsync(Guid caseId, CancellationToken cancellationToken) =>
        await db.Applications.Where(a => a.CaseId == caseId).OrderBy(a => a.ReceivedOn).Select(a => (DateOnly?)a.ReceivedOn).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.AsNoTracking().Include(c => c.Applications).Include(c => c.PersonHistory).AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (@case is null) return [];
        return
        [
            .. @case.Applications.Select(a => new TimelineEntry(a.ReceivedOn, "cases", "application-received", a.Id, new Dictionary<string, object?>
            {
                ["channel"] = a.Channel, ["urgent"] = a.Urgent, ["referrerType"] = a.ReferrerType, ["applicantRole"] = a.ApplicantRole,
                ["exploitationForms"] = a.ExploitationForms, ["exploitationLocation"] = a.ExploitationLocation,
            })),
            // The first snapshot is the person as first recorded; later ones are changes.
            .. @case.PersonHistory.OrderBy(s => s.EffectiveFrom).ThenBy(s => s.RecordedAt).Skip(1).Select(s => new TimelineEntry(s.EffectiveFrom, "cases", "person-details-changed", s.Id,
                new Dictionary<string, object?>
                {
                    ["sex"] = s.Sex, ["citizenships"] = s.Citizenships, ["residenceStatus"] = s.ResidenceStatus, ["hasMunicipalityOfResidence"] = s.HasMunicipalityOfResidence,
                    ["residencePermitGround"] = s.ResidencePermitGround, ["residencePermitGrantedOn"] = s.ResidencePermitGrantedOn,
                })),
        ];
    }

    public async Task<ClientProfile?> GetProfileAsync(Guid caseId, DateOnly onDate, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.AsNoTracking().Include(c => c.PersonHistory).SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        return @case?.ProfileOn(onDate);
    }
}
