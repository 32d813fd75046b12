using System.Net;
using System.Text.Json.Nodes;
using Tilda.Host.IntegrationTests.Infrastructure;

namespace Tilda.Host.IntegrationTests;

/// <summary>
/// Clients with assessments, reflection periods and criminal-process stages in 2024, and the three casework
/// indicators computed by hand below (threshold k = 3; every non-zero count is at least 3). Published together, the
/// stage rows would single out the one client without charges: "report filed" (4) less "charges brought" (3) is that
/// client, so "charges brought" is suppressed — in the year and, against the year, in the second quarter.
/// </summary>
public sealed class CaseworkStatisticsTests
{
    [Fact]
    public async Task Given_casework_in_2024_When_computing_the_casework_indicators_Then_they_match_the_hand_computed_tables()
    {
        using var app = TildaApp.WithSettings(("Statistics:Disclosure:Threshold", "3"));
        var staff = app.ClientAs("caseworker", "decision-maker");
        // Four clients without a right of residence: a reflection period each, a report and an investigation each,
        // and charges brought for three of them.
        for (var i = 0; i < 4; i++)
        {
            var caseId = await staff.AdmitClientAsync(residenceStatus: "irregular");
            await (await staff.PostJson("/api/reflection-periods", Casework.ReflectionPeriod(caseId, "2024-02-12", "2024-02-12", "2024-05-11"))).ShouldBe(HttpStatusCode.Created);
            await (await staff.PostJson($"/api/criminal-process/{caseId}/stages", Casework.Stage("report-filed", "2024-02-20"))).ShouldBe(HttpStatusCode.Created);
            await (await staff.PostJson($"/api/criminal-process/{caseId}/stages", Casework.Stage("investigation-started", "2024-03-01"))).ShouldBe(HttpStatusCode.Created);
            if (i < 3) await (await staff.PostJson($"/api/criminal-process/{caseId}/stages", Casework.Stage("charges-brought", "2024-06-01"))).ShouldBe(HttpStatusCode.Created);
        }
        // Three clients with two measures each.
        for (var i = 0; i < 3; i++)
        {
            var caseId = await staff.AdmitClientAsync(residenceStatus: "residence-permit");
            await (await staff.PostJson("/api/service-needs/assessments", Casework.Assessment(caseId, "2024-02-15",
                ("safe-accommodation", "assistance-system", "2024-02-15", "2024-06-30"), ("health-care", "wellbeing-services-county", "2024-02-20", null)))).ShouldBe(HttpStatusCode.Created);
        }
        // An applicant who is not a client: their stage is recorded, but not counted as a client's.
        var (_, applicant) = await staff.RegisterAsync(Api.Application("2024-02-01"));
        await (await staff.PostJson($"/api/criminal-process/{applicant}/stages", Casework.Stage("report-filed", "2024-02-20"))).ShouldBe(HttpStatusCode.Created);
        await app.EventsDelivered();
        var statistician = app.ClientAs("statistician");

        var criminal = await statistician.Indicator("clients.criminal-process");
        var reflection = await statistician.Indicator("reflection-periods.granted");
        var measures = await statistician.Indicator("assistance-measures.started");
        var secondQuarter = await statistician.Indicator("clients.criminal-process", "from=2024-04-01&to=2024-06-30");

        Assert.Equal(new Dictionary<string, long?> { ["report-filed"] = 4, ["investigation-started"] = 4, ["charges-brought"] = null }, criminal.NonZero());
        Assert.Equal(4, criminal.Total());
        Assert.Equal(4, reflection.Total());
        Assert.Equal(new Dictionary<string, long?> { ["safe-accommodation|assistance-system"] = 3, ["health-care|wellbeing-services-county"] = 3 }, measures.NonZero());
        Assert.Equal(6, measures.Total());
        Assert.Equal(new Dictionary<string, long?> { ["charges-brought"] = null }, secondQuarter.NonZero());
        Assert.All(new[] { criminal, reflection, measures, secondQuarter }, t => Assert.Equal(0, t["disclosure"]!["primarySuppressed"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Given_a_client_with_casework_in_every_module_When_the_timeline_is_read_Then_everything_is_there_in_date_order()
    {
        using var app = new TildaApp();
        var staff = app.ClientAs("caseworker", "decision-maker");
        var caseId = await staff.AdmitClientAsync(receivedOn: "2024-02-01", decidedOn: "2024-02-10", residenceStatus: "irregular");
        await (await staff.PostJson($"/api/criminal-process/{caseId}/stages", Casework.Stage("report-filed", "2024-02-05"))).ShouldBe(HttpStatusCode.Created);
        await (await staff.PostJson("/api/reflection-periods", Casework.ReflectionPeriod(caseId, "2024-02-12", "2024-02-12", "2024-05-11"))).ShouldBe(HttpStatusCode.Created);
        await (await staff.PostJson("/api/service-needs/assessments", Casework.Assessment(caseId, "2024-02-15", ("legal-aid", "ngo", "2024-02-15", null)))).ShouldBe(HttpStatusCode.Created);
        await (await staff.PostJson("/api/decisions/removal", Api.Removal(caseId, "2024-09-30", "left-finland"))).ShouldBe(HttpStatusCode.Created);

        var timeline = await staff.GetJson($"/api/cases/{caseId}/timeline");

        var entries = timeline["entries"]!.AsArray().Select(e => (Date: e!["date"]!.GetValue<string>(), Kind: e["kind"]!.GetValue<string>())).ToList();
        Assert.Equal(
        [
            ("2024-02-01", "application-received"),
            ("2024-02-05", "criminal-process-stage"),
            ("2024-02-10", "client-admitted"),
            ("2024-02-12", "reflection-period-granted"),
            ("2024-02-15", "service-needs-assessed"),
            ("2024-09-30", "client-removed"),
        ], entries);
        Assert.Equal("legal-aid", timeline["entries"]![4]!["details"]!["measures"]![0]!["measure"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_an_unknown_case_or_a_statistician_When_reading_a_timeline_Then_404_or_403()
    {
        using var app = new TildaApp();

        await (await app.ClientAs("caseworker").GetAsync($"/api/cases/{Guid.NewGuid()}/timeline")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await app.ClientAs("statistician").GetAsync($"/api/cases/{Guid.NewGuid()}/timeline")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
