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
/// ids, dates and a link to the case — names are read on the case itself. The API and the work-list page read it here,
/// so both put the same listing on record.
/// </summary>
internal sealed class WorkList(IPendingApplications applications, IReflectionPeriodsModule reflectionPeriods, IServiceNeedsModule serviceNeeds,
    IDecisionsModule decisions, IAuditTrail audit, TimeProvider clock)
{
    public const int ReflectionPeriodHorizonDays = 14;

    public static readonly Label PendingTitle = new("Ratkaisemattomat hakemukset", "Oavgjorda ansökningar", "Applications awaiting a decision");
    public static readonly Label ReflectionTitle = new("Harkinta-ajat, jotka päättyvät 14 päivän kuluessa", "Betänketider som löper ut inom 14 dagar", "Reflection periods ending within 14 days");
    public static readonly Label AssessmentTitle = new("Palvelutarpeen arvioinnit, joiden kaikki auttamistoimet ovat päättyneet",
        "Bedömningar av servicebehovet där alla hjälpåtgärder har upphört", "Service-needs assessments whose measures have all ended");

    public sealed record Items(DateOnly On, IReadOnlyList<PendingApplication> Pending, IReadOnlyList<ReflectionPeriodEnding> Ending, IReadOnlyList<AssessmentMeasuresEnded> Ended)
    {
        public int AgeDays(PendingApplication a) => On.DayNumber - a.ReceivedOn.DayNumber;
        public int DaysLeft(ReflectionPeriodEnding p) => p.EndOn.DayNumber - On.DayNumber;
    }

    public async Task<Items> ReadAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var pending = await applications.PendingAsync(ct);
        var ending = await reflectionPeriods.EndingBetweenAsync(today, today.AddDays(ReflectionPeriodHorizonDays), ct);
        var ended = await serviceNeeds.AssessmentsWithAllMeasuresEndedAsync(today, ct);
        var clients = await decisions.CurrentClientsAsync([.. ended.Select(a => a.CaseId).Distinct()], ct);
        ended = [.. ended.Where(a => clients.Contains(a.CaseId))];
        audit.Listed(pending.Select(a => a.CaseId).Concat(ending.Select(p => p.CaseId)).Concat(ended.Select(a => a.CaseId)));
        return new Items(today, pending, ending, ended);
    }

    public static void Map(WebApplication app) =>
        app.MapGet("/api/work-list", async (WorkList workList, CancellationToken ct) =>
            {
                var list = await workList.ReadAsync(ct);
                return Results.Ok(new
                {
                    on = list.On,
                    pendingApplications = new
                    {
                        title = PendingTitle,
                        items = list.Pending.Select(a => new { a.CaseId, @case = CaseLink(a.CaseId), a.ApplicationId, a.ReceivedOn, ageDays = list.AgeDays(a), a.Urgent }),
                    },
                    reflectionPeriodsEnding = new
                    {
                        title = ReflectionTitle,
                        items = list.Ending.Select(p => new { p.CaseId, @case = CaseLink(p.CaseId), p.ReflectionPeriodId, p.StartOn, p.EndOn, daysLeft = list.DaysLeft(p) }),
                    },
                    assessmentsWithAllMeasuresEnded = new
                    {
                        title = AssessmentTitle,
                        items = list.Ended.Select(a => new { a.CaseId, @case = CaseLink(a.CaseId), a.AssessmentId, a.AssessedOn, a.LastMeasureEndedOn }),
                    },
                });
            })
            .RequireAuthorization(Policies.Casework)
            .WithTags("Work list");

    private static string CaseLink(Guid caseId) => $"/api/cases/{caseId}";
}
