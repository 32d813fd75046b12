using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Tilda.Host.IntegrationTests.Infrastructure;

namespace Tilda.Host.IntegrationTests;

/// <summary>The caseworkers' work list: the statutory clocks, from the recorded dates, as of today.</summary>
public sealed class WorkListTests(TildaApp app) : IClassFixture<TildaApp>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Now);
    private readonly HttpClient _caseworker = app.ClientAs("caseworker", "decision-maker");

    private static string Day(int offset) => Today.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<JsonArray> ItemsOf(string section, IEnumerable<Guid> caseIds)
    {
        var ids = caseIds.ToHashSet();
        var list = await _caseworker.GetJson("/api/work-list");
        Assert.Equal(Day(0), list["on"]!.GetValue<string>());
        return new JsonArray([.. list[section]!["items"]!.AsArray().Where(i => ids.Contains(i!["caseId"]!.GetValue<Guid>())).Select(i => i!.DeepClone())]);
    }

    private async Task<Guid> ClientAsync(string admittedOn)
    {
        var body = Api.Application(admittedOn);
        body["person"]!["residenceStatus"] = "irregular";
        var (applicationId, caseId) = await _caseworker.RegisterAsync(body);
        await _caseworker.DecideAsync(Api.Admission(applicationId, admittedOn));
        return caseId;
    }

    [Fact]
    public async Task Given_applications_of_different_ages_When_the_work_list_is_read_Then_the_undecided_ones_are_listed_oldest_first_with_their_age_in_days()
    {
        var (_, recent) = await _caseworker.RegisterAsync(Api.Application(Day(-3)));
        var (_, old) = await _caseworker.RegisterAsync(Api.Application(Day(-40)));
        var (decidedApplication, decided) = await _caseworker.RegisterAsync(Api.Application(Day(-60)));
        await _caseworker.DecideAsync(Api.Admission(decidedApplication, Day(-1), "rejected", "other"));

        var items = await ItemsOf("pendingApplications", [recent, old, decided]);

        Assert.Equal([(old, 40), (recent, 3)], items.Select(i => (i!["caseId"]!.GetValue<Guid>(), i["ageDays"]!.GetValue<int>())));
        Assert.Equal($"/api/cases/{old}", items[0]!["case"]!.GetValue<string>());
        await (await _caseworker.GetAsync(items[0]!["case"]!.GetValue<string>())).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_reflection_periods_When_the_work_list_is_read_Then_those_whose_last_day_is_within_14_days_are_listed_soonest_first()
    {
        async Task<(Guid CaseId, Guid PeriodId)> Period(int endsIn)
        {
            var caseId = await ClientAsync(Day(-60));
            var response = await _caseworker.PostJson("/api/reflection-periods", Casework.ReflectionPeriod(caseId, Day(-30), Day(-30), Day(endsIn)));
            await response.ShouldBe(HttpStatusCode.Created);
            return (caseId, (await response.Json())["reflectionPeriodId"]!.GetValue<Guid>());
        }
        var lastDay = await Period(14);
        var soon = await Period(2);
        var later = await Period(15);
        var endedEarly = await Period(5);
        await (await _caseworker.PostJson($"/api/reflection-periods/{endedEarly.PeriodId}/end", new JsonObject { ["endedOn"] = Day(-1), ["reason"] = "interrupted" }))
            .ShouldBe(HttpStatusCode.OK);

        var items = await ItemsOf("reflectionPeriodsEnding", [lastDay.CaseId, soon.CaseId, later.CaseId, endedEarly.CaseId]);

        Assert.Equal([(soon.PeriodId, Day(2), 2), (lastDay.PeriodId, Day(14), 14)],
            items.Select(i => (i!["reflectionPeriodId"]!.GetValue<Guid>(), i["endOn"]!.GetValue<string>(), i["daysLeft"]!.GetValue<int>())));
        Assert.Equal($"/api/cases/{soon.CaseId}", items[0]!["case"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_assessments_When_the_work_list_is_read_Then_those_of_current_clients_whose_measures_have_all_ended_are_listed()
    {
        async Task<(Guid CaseId, Guid AssessmentId, Guid MeasureId)> Assessed(string? plannedEnd)
        {
            var caseId = await ClientAsync(Day(-90));
            var response = await _caseworker.PostJson("/api/service-needs/assessments", Casework.Assessment(caseId, Day(-80),
                ("legal-aid", "ngo", Day(-80), plannedEnd), ("advice-guidance", "assistance-system", Day(-80), Day(-50))));
            await response.ShouldBe(HttpStatusCode.Created);
            var assessment = await response.Json();
            var legalAid = assessment["measures"]!.AsArray().Single(m => m!["measure"]!.GetValue<string>() == "legal-aid")!;
            return (caseId, assessment["assessmentId"]!.GetValue<Guid>(), legalAid["measureId"]!.GetValue<Guid>());
        }
        var ended = await Assessed(plannedEnd: null);
        await (await _caseworker.PostJson($"/api/service-needs/measures/{ended.MeasureId}/end", new JsonObject { ["endedOn"] = Day(-10) })).ShouldBe(HttpStatusCode.OK);
        var plannedEndPassed = await Assessed(plannedEnd: Day(-20));
        var running = await Assessed(plannedEnd: Day(30));
        var removed = await Assessed(plannedEnd: Day(-20));
        await (await _caseworker.PostJson("/api/decisions/removal", Api.Removal(removed.CaseId, Day(-5)))).ShouldBe(HttpStatusCode.Created);

        var items = await ItemsOf("assessmentsWithAllMeasuresEnded", [ended.CaseId, plannedEndPassed.CaseId, running.CaseId, removed.CaseId]);

        Assert.Equal([(plannedEndPassed.AssessmentId, Day(-20)), (ended.AssessmentId, Day(-10))],
            items.Select(i => (i!["assessmentId"]!.GetValue<Guid>(), i["lastMeasureEndedOn"]!.GetValue<string>())));
        Assert.Equal($"/api/cases/{plannedEndPassed.CaseId}", items[0]!["case"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_the_work_list_When_read_Then_each_section_has_a_finnish_swedish_and_english_title_and_the_listing_is_audited()
    {
        var (_, caseId) = await _caseworker.RegisterAsync(Api.Application(Day(-1)));

        var list = await app.ClientFor("worker", "caseworker").GetJson("/api/work-list");

        foreach (var section in new[] { "pendingApplications", "reflectionPeriodsEnding", "assessmentsWithAllMeasuresEnded" })
            foreach (var language in new[] { "fi", "sv", "en" })
                Assert.False(string.IsNullOrWhiteSpace(list[section]!["title"]![language]?.GetValue<string>()), $"{section} has no {language} title");
        Assert.Equal("Ratkaisemattomat hakemukset", list["pendingApplications"]!["title"]!["fi"]!.GetValue<string>());
        var log = (await app.ClientAs("auditor").GetJson($"/api/audit?caseId={caseId}&user=worker"))["items"]!.AsArray();
        Assert.Contains(log, e => e!["action"]!.GetValue<string>() == "listed" && e["route"]!.GetValue<string>() == "/api/work-list");
    }

    [Theory]
    [InlineData("statistician")]
    [InlineData("auditor")]
    [InlineData("admin")]
    public async Task Given_a_role_without_casework_When_reading_the_work_list_Then_403(string role)
    {
        await (await app.ClientAs(role).GetAsync("/api/work-list")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
