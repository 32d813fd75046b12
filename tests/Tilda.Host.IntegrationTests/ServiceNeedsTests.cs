using System.Net;
using Tilda.Host.IntegrationTests.Infrastructure;

namespace Tilda.Host.IntegrationTests;

public sealed class ServiceNeedsTests(TildaApp app) : IClassFixture<TildaApp>
{
    private readonly HttpClient _caseworker = app.ClientAs("caseworker", "decision-maker");

    [Fact]
    public async Task Given_a_client_When_an_assessment_grants_measures_Then_201_and_they_read_back()
    {
        var caseId = await _caseworker.AdmitClientAsync();

        var response = await _caseworker.PostJson("/api/service-needs/assessments", Casework.Assessment(caseId, "2024-02-15",
            ("safe-accommodation", "assistance-system", "2024-02-15", "2024-08-31"), ("health-care", "wellbeing-services-county", "2024-02-20", null)));

        await response.ShouldBe(HttpStatusCode.Created);
        var assessment = await _caseworker.GetJson(response.Headers.Location!.OriginalString);
        Assert.Equal("current", assessment["status"]!.GetValue<string>());
        Assert.Equal(2, assessment["measures"]!.AsArray().Count);
        var accommodation = assessment["measures"]!.AsArray().Single(m => m!["measure"]!.GetValue<string>() == "safe-accommodation")!;
        Assert.Equal("2024-08-31", accommodation["endOn"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_an_assessment_When_the_client_is_reassessed_Then_the_earlier_is_superseded_but_kept()
    {
        var caseId = await _caseworker.AdmitClientAsync();
        var first = await (await _caseworker.PostJson("/api/service-needs/assessments",
            Casework.Assessment(caseId, "2024-02-15", ("advice-guidance", "assistance-system", "2024-02-15", null)))).Json();

        var second = await _caseworker.PostJson("/api/service-needs/assessments",
            Casework.Assessment(caseId, "2024-05-02", ("legal-aid", "purchased-service", "2024-05-02", null)));

        await second.ShouldBe(HttpStatusCode.Created);
        var earlier = await _caseworker.GetJson($"/api/service-needs/assessments/{first["assessmentId"]}");
        Assert.Equal("superseded", earlier["status"]!.GetValue<string>());
        Assert.Equal((await second.Json())["assessmentId"]!.GetValue<Guid>(), earlier["supersededBy"]!.GetValue<Guid>());
        Assert.Single(earlier["measures"]!.AsArray());
    }

    [Fact]
    public async Task Given_a_running_measure_When_a_reassessment_lists_it_again_Then_the_assessment_shows_it_once_with_its_original_start()
    {
        var caseId = await _caseworker.AdmitClientAsync();
        var first = await (await _caseworker.PostJson("/api/service-needs/assessments", Casework.Assessment(caseId, "2024-02-15",
            ("safe-accommodation", "assistance-system", "2024-02-15", "2024-06-30")))).Json();

        var second = await _caseworker.PostJson("/api/service-needs/assessments", Casework.Assessment(caseId, "2024-06-01",
            ("safe-accommodation", "assistance-system", "2024-06-01", "2024-12-31"), ("legal-aid", "ngo", "2024-06-01", null)));

        await second.ShouldBe(HttpStatusCode.Created);
        var reassessment = await _caseworker.GetJson(second.Headers.Location!.OriginalString);
        var accommodation = Assert.Single(reassessment["measures"]!.AsArray(), m => m!["measure"]!.GetValue<string>() == "safe-accommodation")!;
        Assert.Equal(first["measures"]![0]!["measureId"]!.GetValue<Guid>(), accommodation["measureId"]!.GetValue<Guid>());
        Assert.Equal(("2024-02-15", "2024-12-31"), (accommodation["startOn"]!.GetValue<string>(), accommodation["endOn"]!.GetValue<string>()));
        Assert.Equal(1, await DatabaseFile.CountAsync(app.DatabaseFile, "service_needs_measures", $"\"CaseId\" = {Sql.Id(caseId)} AND \"Code\" = 'safe-accommodation'"));
    }

    [Fact]
    public async Task Given_an_applicant_who_is_not_a_client_When_assessed_Then_409_and_nothing_written()
    {
        var (_, caseId) = await _caseworker.RegisterAsync();

        var response = await _caseworker.PostJson("/api/service-needs/assessments", Casework.Assessment(caseId, "2024-03-15", ("advice-guidance", "ngo", "2024-03-15", null)));

        await response.ShouldBeProblem(HttpStatusCode.Conflict);
        Assert.Equal(0, await DatabaseFile.CountAsync(app.DatabaseFile, "service_needs_assessments", $"\"CaseId\" = {Sql.Id(caseId)}"));
    }

    [Theory]
    [InlineData("2024-02-09", "2024-02-15", null, "assessedOn")]          // before the admission
    [InlineData("2024-02-15", "2024-02-09", null, "measures[0].startOn")] // starts before the admission
    [InlineData("2024-02-15", "2024-03-01", "2024-02-28", "measures[0].endOn")]
    [InlineData("2099-01-01", "2024-03-01", null, "assessedOn")]
    [InlineData("2024-02-15", "2099-01-01", null, "measures[0].startOn")]
    public async Task Given_impossible_dates_When_assessed_Then_422_names_the_field(string assessedOn, string startOn, string? endOn, string field)
    {
        var caseId = await _caseworker.AdmitClientAsync();

        var response = await _caseworker.PostJson("/api/service-needs/assessments", Casework.Assessment(caseId, assessedOn, ("advice-guidance", "ngo", startOn, endOn)));

        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, field);
    }

    [Theory]
    [InlineData("massage", "ngo", "measures[0].measure")]
    [InlineData("legal-aid", "cousin", "measures[0].provider")]
    public async Task Given_an_unknown_measure_or_provider_When_assessed_Then_422(string measure, string provider, string field)
    {
        var caseId = await _caseworker.AdmitClientAsync();

        var response = await _caseworker.PostJson("/api/service-needs/assessments", Casework.Assessment(caseId, "2024-02-15", (measure, provider, "2024-02-15", null)));

        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, field);
    }

    [Fact]
    public async Task Given_an_adult_client_admitted_as_an_adult_When_family_tracing_is_granted_Then_422()
    {
        var caseId = await _caseworker.AdmitClientAsync(birthDate: "1990-05-05");

        var response = await _caseworker.PostJson("/api/service-needs/assessments", Casework.Assessment(caseId, "2024-02-15", ("family-tracing", "assistance-system", "2024-02-15", null)));

        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "measures[0].measure");
    }

    [Fact]
    public async Task Given_a_client_admitted_as_a_minor_who_is_now_adult_When_family_tracing_is_granted_Then_201()
    {
        // 17 on the admission (2024-02-10), 18 on the assessment.
        var caseId = await _caseworker.AdmitClientAsync(birthDate: "2006-03-01");

        var response = await _caseworker.PostJson("/api/service-needs/assessments", Casework.Assessment(caseId, "2024-03-05", ("family-tracing", "assistance-system", "2024-03-05", null)));

        await response.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Given_a_measure_When_it_is_ended_Then_it_shows_the_end_and_cannot_end_twice()
    {
        var caseId = await _caseworker.AdmitClientAsync();
        var assessment = await (await _caseworker.PostJson("/api/service-needs/assessments",
            Casework.Assessment(caseId, "2024-02-15", ("safe-accommodation", "assistance-system", "2024-02-15", "2024-12-31")))).Json();
        var measureId = assessment["measures"]![0]!["measureId"]!.GetValue<Guid>();

        var ended = await _caseworker.PostJson($"/api/service-needs/measures/{measureId}/end", new System.Text.Json.Nodes.JsonObject { ["endedOn"] = "2024-06-30" });

        await ended.ShouldBe(HttpStatusCode.OK);
        Assert.Equal("2024-06-30", (await ended.Json())["endedOn"]!.GetValue<string>());
        await (await _caseworker.PostJson($"/api/service-needs/measures/{measureId}/end", new System.Text.Json.Nodes.JsonObject { ["endedOn"] = "2024-07-01" }))
            .ShouldBeProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Given_a_measure_When_ended_before_it_started_Then_422()
    {
        var caseId = await _caseworker.AdmitClientAsync();
        var assessment = await (await _caseworker.PostJson("/api/service-needs/assessments",
            Casework.Assessment(caseId, "2024-02-15", ("legal-aid", "ngo", "2024-03-01", null)))).Json();
        var measureId = assessment["measures"]![0]!["measureId"]!.GetValue<Guid>();

        await (await _caseworker.PostJson($"/api/service-needs/measures/{measureId}/end", new System.Text.Json.Nodes.JsonObject { ["endedOn"] = "2024-02-20" }))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "endedOn");
    }

    [Fact]
    public async Task Given_unknown_ids_When_assessing_or_ending_Then_404()
    {
        await (await _caseworker.PostJson("/api/service-needs/assessments", Casework.Assessment(Guid.NewGuid(), "2024-02-15", ("legal-aid", "ngo", "2024-02-15", null))))
            .ShouldBeProblem(HttpStatusCode.NotFound);
        await (await _caseworker.PostJson($"/api/service-needs/measures/{Guid.NewGuid()}/end", new System.Text.Json.Nodes.JsonObject { ["endedOn"] = "2024-02-20" }))
            .ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("statistician")]
    [InlineData("auditor")]
    public async Task Given_a_role_without_casework_When_assessing_Then_403(string role)
    {
        await (await app.ClientAs(role).PostJson("/api/service-needs/assessments", Casework.Assessment(Guid.NewGuid(), "2024-02-15")))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
