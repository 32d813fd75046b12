using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Tilda.Host.IntegrationTests.Infrastructure;

namespace Tilda.Host.IntegrationTests;

public sealed class AuditTests(TildaApp app) : IClassFixture<TildaApp>
{
    [Fact]
    public async Task Given_people_working_on_a_case_When_the_auditor_asks_for_it_Then_every_read_and_change_is_listed_with_who_and_how_it_ended()
    {
        var anna = app.ClientFor("anna", "caseworker");
        var director = app.ClientFor("director", "decision-maker");
        var (applicationId, caseId) = await anna.RegisterAsync(Api.Application(surname: "Auditoitava"));
        await director.DecideAsync(Api.Admission(applicationId));
        var etag = (await anna.GetAsync($"/api/cases/{caseId}")).Headers.ETag!.ToString();
        var stale = new HttpRequestMessage(HttpMethod.Patch, $"/api/cases/{caseId}/person")
        {
            Content = new StringContent("""{ "surname": "Muutettu" }""", Encoding.UTF8, "application/json"),
        };
        stale.Headers.IfMatch.Add(EntityTagHeaderValue.Parse("\"999\""));
        await (await app.ClientFor("bertta", "caseworker").SendAsync(stale)).ShouldBeProblem(HttpStatusCode.PreconditionFailed);
        await app.ClientFor("cecilia", "caseworker").GetJson("/api/cases?q=Auditoitava");

        var log = await app.ClientFor("dpo", "auditor").GetJson($"/api/audit?caseId={caseId}");

        var entries = log["items"]!.AsArray().Select(e => (User: e!["user"]!.GetValue<string>(), Action: e["action"]!.GetValue<string>(),
            Route: e["route"]!.GetValue<string>(), Status: e["status"]!.GetValue<int>())).ToList();
        Assert.Contains(("anna", "changed", "/api/applications", 201), entries);
        Assert.Contains(("director", "changed", "/api/decisions/admission", 201), entries);
        Assert.Contains(("anna", "read", "/api/cases/{caseId:guid}", 200), entries);
        Assert.Contains(("bertta", "changed", "/api/cases/{caseId:guid}/person", 412), entries);
        Assert.Contains(("cecilia", "listed", "/api/cases", 200), entries);
        Assert.Equal(entries.Count, log["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Given_the_last_representable_day_When_filtering_the_audit_log_Then_no_error()
    {
        var log = await app.ClientAs("auditor").GetJson("/api/audit?from=9999-12-31&to=9999-12-31");

        Assert.Equal(0, log["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Given_several_users_When_the_auditor_filters_by_user_Then_only_their_accesses_are_listed()
    {
        var (_, caseId) = await app.ClientFor("filtered-user", "caseworker").RegisterAsync();

        var log = await app.ClientFor("dpo", "auditor").GetJson("/api/audit?user=filtered-user");

        Assert.All(log["items"]!.AsArray(), e => Assert.Equal("filtered-user", e!["user"]!.GetValue<string>()));
        Assert.Contains(log["items"]!.AsArray(), e => e!["caseId"]!.GetValue<Guid>() == caseId);
    }

    [Theory]
    [InlineData("caseworker")]
    [InlineData("statistician")]
    [InlineData("admin")]
    public async Task Given_a_role_other_than_auditor_When_reading_the_audit_log_Then_403(string role)
    {
        await (await app.ClientAs(role).GetAsync("/api/audit")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("from=2025-02-01&to=2025-01-01")]
    [InlineData("pageSize=0")]
    [InlineData("from=yesterday")]
    public async Task Given_bad_parameters_When_reading_the_audit_log_Then_400(string query)
    {
        await (await app.ClientAs("auditor").GetAsync($"/api/audit?{query}")).ShouldBeProblem(HttpStatusCode.BadRequest);
    }
}
