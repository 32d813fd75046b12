using System.Net;
using Tilda.Host.IntegrationTests.Infrastructure;

namespace Tilda.Host.IntegrationTests;

public sealed class CriminalProcessTests(TildaApp app) : IClassFixture<TildaApp>
{
    private readonly HttpClient _caseworker = app.ClientAs("caseworker", "decision-maker");

    [Fact]
    public async Task Given_a_client_When_stages_are_recorded_in_order_Then_they_read_back_in_date_order()
    {
        var caseId = await _caseworker.AdmitClientAsync();

        await (await _caseworker.PostJson($"/api/criminal-process/{caseId}/stages", Casework.Stage("investigation-started", "2024-03-01"))).ShouldBe(HttpStatusCode.Created);
        await (await _caseworker.PostJson($"/api/criminal-process/{caseId}/stages", Casework.Stage("report-filed", "2024-02-20", "witness", "pandering"))).ShouldBe(HttpStatusCode.Created);
        await (await _caseworker.PostJson($"/api/criminal-process/{caseId}/stages", Casework.Stage("charges-brought", "2024-06-01"))).ShouldBe(HttpStatusCode.Created);

        var stages = (await _caseworker.GetJson($"/api/criminal-process/{caseId}/stages")).AsArray();
        Assert.Equal(["report-filed", "investigation-started", "charges-brought"], stages.Select(s => s!["stage"]!.GetValue<string>()));
        Assert.Equal("witness", stages[0]!["role"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("charges-brought")]
    [InlineData("charges-not-brought")]
    [InlineData("convicted-trafficking")]
    [InlineData("convicted-other-offence")]
    [InlineData("acquitted")]
    public async Task Given_no_investigation_When_a_charge_or_verdict_is_recorded_Then_422_with_the_reason(string stage)
    {
        var caseId = await _caseworker.AdmitClientAsync();
        await (await _caseworker.PostJson($"/api/criminal-process/{caseId}/stages", Casework.Stage("report-filed", "2024-02-20"))).ShouldBe(HttpStatusCode.Created);

        var problem = await (await _caseworker.PostJson($"/api/criminal-process/{caseId}/stages", Casework.Stage(stage, "2024-06-01")))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "stage");
        Assert.Contains("investigation-started", problem["errors"]!["stage"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_an_investigation_started_later_When_a_verdict_is_dated_before_it_Then_422()
    {
        var caseId = await _caseworker.AdmitClientAsync();
        await (await _caseworker.PostJson($"/api/criminal-process/{caseId}/stages", Casework.Stage("investigation-started", "2024-05-01"))).ShouldBe(HttpStatusCode.Created);

        await (await _caseworker.PostJson($"/api/criminal-process/{caseId}/stages", Casework.Stage("acquitted", "2024-04-01")))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "stage");
    }

    [Theory]
    [InlineData("2024-01-31", "occurredOn")] // before the first application (2024-02-01)
    [InlineData("2099-01-01", "occurredOn")]
    public async Task Given_an_impossible_date_When_recorded_Then_422(string occurredOn, string field)
    {
        var caseId = await _caseworker.AdmitClientAsync();

        await (await _caseworker.PostJson($"/api/criminal-process/{caseId}/stages", Casework.Stage("report-filed", occurredOn)))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity, field);
    }

    [Theory]
    [InlineData("arrested", "injured-party", "trafficking", "stage")]
    [InlineData("report-filed", "suspect", "trafficking", "role")]
    [InlineData("report-filed", "witness", "jaywalking", "offence")]
    public async Task Given_an_unknown_code_When_recorded_Then_422_and_nothing_written(string stage, string role, string offence, string field)
    {
        var caseId = await _caseworker.AdmitClientAsync();

        await (await _caseworker.PostJson($"/api/criminal-process/{caseId}/stages", Casework.Stage(stage, "2024-03-01", role, offence)))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity, field);
        Assert.Equal(0, await DatabaseFile.CountAsync(app.DatabaseFile, "criminal_process_stages", $"\"CaseId\" = {Sql.Id(caseId)}"));
        Assert.Equal(0, await DatabaseFile.CountAsync(app.DatabaseFile, "criminal_process_outbox_messages", $"\"Payload\" LIKE '%{caseId}%'"));
    }

    [Fact]
    public async Task Given_an_unknown_case_When_recording_or_reading_Then_404()
    {
        await (await _caseworker.PostJson($"/api/criminal-process/{Guid.NewGuid()}/stages", Casework.Stage("report-filed", "2024-03-01"))).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await _caseworker.GetAsync($"/api/criminal-process/{Guid.NewGuid()}/stages")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_statistician_When_recording_Then_403()
    {
        await (await app.ClientAs("statistician").PostJson($"/api/criminal-process/{Guid.NewGuid()}/stages", Casework.Stage("report-filed", "2024-03-01")))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
