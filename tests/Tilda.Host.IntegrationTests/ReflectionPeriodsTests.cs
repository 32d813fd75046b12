using System.Net;
using System.Text.Json.Nodes;
using Tilda.Host.IntegrationTests.Infrastructure;

namespace Tilda.Host.IntegrationTests;

public sealed class ReflectionPeriodsTests(TildaApp app) : IClassFixture<TildaApp>
{
    private readonly HttpClient _decisionMaker = app.ClientAs("caseworker", "decision-maker");

    [Fact]
    public async Task Given_a_client_without_a_right_of_residence_When_a_reflection_period_is_granted_Then_201_and_it_reads_back()
    {
        var caseId = await _decisionMaker.AdmitClientAsync(residenceStatus: "irregular");

        var response = await _decisionMaker.PostJson("/api/reflection-periods", Casework.ReflectionPeriod(caseId, "2024-02-12", "2024-02-12", "2024-05-11"));

        await response.ShouldBe(HttpStatusCode.Created);
        var period = await app.ClientAs("caseworker").GetJson(response.Headers.Location!.OriginalString);
        Assert.Equal(90, period["lengthDays"]!.GetValue<int>());
        Assert.Null(period["endedOn"]);
    }

    [Fact]
    public async Task Given_a_client_with_a_residence_permit_When_a_reflection_period_is_granted_Then_422_with_the_reason()
    {
        var caseId = await _decisionMaker.AdmitClientAsync(residenceStatus: "residence-permit");

        var response = await _decisionMaker.PostJson("/api/reflection-periods", Casework.ReflectionPeriod(caseId, "2024-02-12", "2024-02-12", "2024-05-11"));

        var problem = await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "caseId");
        Assert.Contains("residence-permit", problem["errors"]!["caseId"]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData("2024-03-10", 29, HttpStatusCode.UnprocessableEntity)]
    [InlineData("2024-03-11", 30, HttpStatusCode.Created)]
    [InlineData("2024-08-11", 183, HttpStatusCode.Created)]
    [InlineData("2024-08-12", 184, HttpStatusCode.UnprocessableEntity)]
    public async Task Given_a_length_When_granted_Then_30_to_183_days_inclusive_are_accepted(string endOn, int days, HttpStatusCode expected)
    {
        var caseId = await _decisionMaker.AdmitClientAsync();

        var response = await _decisionMaker.PostJson("/api/reflection-periods", Casework.ReflectionPeriod(caseId, "2024-02-11", "2024-02-11", endOn));

        Assert.True(days > 0);
        if (expected == HttpStatusCode.Created) await response.ShouldBe(expected);
        else await response.ShouldBeProblem(expected, "endOn");
    }

    [Fact]
    public async Task Given_an_open_period_When_another_is_granted_Then_409_until_the_first_ends()
    {
        var caseId = await _decisionMaker.AdmitClientAsync();
        var first = await (await _decisionMaker.PostJson("/api/reflection-periods", Casework.ReflectionPeriod(caseId, "2024-02-12", "2024-02-12", "2024-05-11"))).Json();

        await (await _decisionMaker.PostJson("/api/reflection-periods", Casework.ReflectionPeriod(caseId, "2024-03-01", "2024-03-01", "2024-05-01")))
            .ShouldBeProblem(HttpStatusCode.Conflict);
        var ended = await _decisionMaker.PostJson($"/api/reflection-periods/{first["reflectionPeriodId"]}/end", new JsonObject { ["endedOn"] = "2024-03-15", ["reason"] = "interrupted" });
        await ended.ShouldBe(HttpStatusCode.OK);
        Assert.Equal("interrupted", (await ended.Json())["endReason"]!.GetValue<string>());
        await (await _decisionMaker.PostJson("/api/reflection-periods", Casework.ReflectionPeriod(caseId, "2024-04-01", "2024-04-01", "2024-06-01")))
            .ShouldBe(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("2024-02-01", "expired", "endedOn")]   // before the start
    [InlineData("2024-03-01", "bored", "reason")]
    [InlineData("2024-03-01", "", "reason")]
    public async Task Given_a_bad_end_When_ending_Then_422(string endedOn, string reason, string field)
    {
        var caseId = await _decisionMaker.AdmitClientAsync();
        var period = await (await _decisionMaker.PostJson("/api/reflection-periods", Casework.ReflectionPeriod(caseId, "2024-02-12", "2024-02-12", "2024-05-11"))).Json();

        await (await _decisionMaker.PostJson($"/api/reflection-periods/{period["reflectionPeriodId"]}/end", new JsonObject { ["endedOn"] = endedOn, ["reason"] = reason }))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity, field);
    }

    [Fact]
    public async Task Given_a_person_who_is_not_a_client_When_granted_Then_409_and_nothing_written()
    {
        var body = Api.Application("2024-02-01");
        body["person"]!["residenceStatus"] = "irregular";
        var (_, caseId) = await _decisionMaker.RegisterAsync(body);

        await (await _decisionMaker.PostJson("/api/reflection-periods", Casework.ReflectionPeriod(caseId, "2024-02-12", "2024-02-12", "2024-05-11")))
            .ShouldBeProblem(HttpStatusCode.Conflict);
        Assert.Equal(0, await DatabaseFile.CountAsync(app.DatabaseFile, "reflection_periods_periods", $"\"CaseId\" = {Sql.Id(caseId)}"));
    }

    [Fact]
    public async Task Given_a_caseworker_When_granting_or_ending_Then_403()
    {
        var caseworker = app.ClientAs("caseworker");

        await (await caseworker.PostJson("/api/reflection-periods", Casework.ReflectionPeriod(Guid.NewGuid(), "2024-02-12", "2024-02-12", "2024-05-11")))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await caseworker.PostJson($"/api/reflection-periods/{Guid.NewGuid()}/end", new JsonObject { ["endedOn"] = "2024-03-01", ["reason"] = "other" }))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Given_unknown_ids_When_granting_or_ending_Then_404()
    {
        await (await _decisionMaker.PostJson("/api/reflection-periods", Casework.ReflectionPeriod(Guid.NewGuid(), "2024-02-12", "2024-02-12", "2024-05-11")))
            .ShouldBeProblem(HttpStatusCode.NotFound);
        await (await _decisionMaker.PostJson($"/api/reflection-periods/{Guid.NewGuid()}/end", new JsonObject { ["endedOn"] = "2024-03-01", ["reason"] = "other" }))
            .ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
