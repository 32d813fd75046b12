using Tilda.BuildingBlocks.Web;
using Tilda.Modules.Audit.Contracts;
using Tilda.Modules.Cases.Contracts;
using Tilda.Modules.Decisions.Contracts;
using Tilda.Modules.ReflectionPeriods.Contracts;
using Tilda.Modules.ServiceNeeds.Contracts;
using Tilda.Shared;
using Tilda.Shared.CodeLists;

namespace Tilda.Host.Web;

/// <summary>
/// The caseworkers' work list — the statutory clocks — composed here from each module's Contracts, as the timeline is:
/// applications still undecided, by age; reflection periods whose last day is within <see cref="ReflectionPeriodHorizonDays"/>
/// days; current clients' assessments whose measures have all ended. Deadlines come from the recorded dates. Items carry
/// ids, dates and a link to the case — names are read on the case itself.
/// </summary>
internal static class WorkList
{
    public const int ReflectionPeriodHorizonDays = 14;

    private static readonly Label PendingTitle = new("Ratkaisemattomat hakemukset", "Oavgjorda ansökningar", "Applications awaiting a decision");
    private static readonly Label ReflectionTitle = new("Harkinta-ajat, jotka päättyvät 14 päivän kuluessa", "Betänketider som löper ut inom 14 dagar", "Reflection periods ending within 14 days");
    private static readonly Label AssessmentTitle = new("Palvelutarpeen arvioinnit, joiden kaikki auttamistoimet ovat päättyneet",
        "Bedömningar av servicebehovet där alla hjälpåtgärder har upphört", "Service-needs assessments whose measures have all ended");

    public static void MapWorkList(this WebApplication app) =>
        app.MapGet("/api/work-list", async (IPendingApplications applications, IReflectionPeriodsModule reflectionPeriods, IServiceNeedsModule serviceNeeds,
                IDecisionsModule decisions, IAuditTrail audit, TimeProvider clock, CancellationToken ct) =>
            {
                var today = clock.Today();
                var pending = await applications.PendingAsync(ct);
                var ending = await reflectionPeriods.EndingBetweenAsync(today, today.AddDays(ReflectionPeriodHorizonDays), ct);
                var ended = await serviceNeeds.AssessmentsWithAllMeasuresEndedAsync(today, ct);
                var clients = await decisions.CurrentClientsAsync([.. ended.Select(a => a.CaseId).Distinct()], ct);
                ended = [.. ended.Where(a => clients.Contains(a.CaseId))];
                audit.Listed(pending.Select(a => a.CaseId).Concat(ending.Select(p => p.CaseId)).Concat(ended.Select(a => a.CaseId)));
                return Results.Ok(new
                {
                    on = today,
                    pendingApplications = new
                    {
                        title = PendingTitle,
                        items = pending.Select(a => new { a.CaseId, @case = CaseLink(a.CaseId), a.ApplicationId, a.ReceivedOn, ageDays = today.DayNumber - a.ReceivedOn.DayNumber, a.Urgent }),
                    },
                    reflectionPeriodsEnding = new
                    {
                        title = ReflectionTitle,
                        items = ending.Select(p => new { p.CaseId, @case = CaseLink(p.CaseId), p.ReflectionPeriodId, p.StartOn, p.EndOn, daysLeft = p.EndOn.DayNumber - today.DayNumber }),
                    },
                    assessmentsWithAllMeasuresEnded = new
                    {
                        title = AssessmentTitle,
                        items = ended.Select(a => new { a.CaseId, @case = CaseLink(a.CaseId), a.AssessmentId, a.AssessedOn, a.LastMeasureEndedOn }),
                    },
                });
            })
            .RequireAuthorization(Policies.Casework)
            .WithTags("Work list");

    private static string CaseLink(Guid caseId) => $"/api/cases/{caseId}";
}
