using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Tilda.Host.IntegrationTests.Infrastructure;

namespace Tilda.Host.IntegrationTests;

public sealed class ConcurrencyTests(TildaApp app) : IClassFixture<TildaApp>
{
    [Fact]
    public async Task Given_decision_makers_deciding_one_application_at_the_same_moment_When_they_submit_Then_exactly_one_decision_is_made()
    {
        var (applicationId, _) = await app.ClientAs("caseworker").RegisterAsync();
        var decisionMakers = Enumerable.Range(0, 5).Select(i => app.ClientFor($"director-{i}", "decision-maker")).ToList();

        var responses = await Task.WhenAll(decisionMakers.Select((c, i) =>
            c.PostJson("/api/decisions/admission", i % 2 == 0 ? Api.Admission(applicationId) : Api.Admission(applicationId, outcome: "rejected", reason: "other"))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(1, await DatabaseFile.CountAsync(app.DatabaseFile, "decisions_admission_decisions", $"\"ApplicationId\" = {Sql.Id(applicationId)}"));
        Assert.Equal(1, await DatabaseFile.CountAsync(app.DatabaseFile, "decisions_outbox_messages", $"\"Payload\" LIKE '%{applicationId}%'"));
    }

    [Fact]
    public async Task Given_caseworkers_patching_with_the_same_etag_at_once_When_they_submit_Then_one_wins_and_the_others_get_412()
    {
        var caseworker = app.ClientAs("caseworker");
        var (_, caseId) = await caseworker.RegisterAsync();
        var etag = (await caseworker.GetAsync($"/api/cases/{caseId}")).Headers.ETag!.ToString();
        string[] statuses = ["residence-permit", "irregular", "eu-citizen", "temporary-protection", "unknown"];

        var responses = await Task.WhenAll(statuses.Select(status =>
        {
            var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/cases/{caseId}/person")
            {
                Content = new StringContent($$"""{ "residenceStatus": "{{status}}" }""", Encoding.UTF8, "application/json"),
            };
            patch.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
            return app.ClientAs("caseworker").SendAsync(patch);
        }));

        var winner = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r != winner), r => Assert.Equal(HttpStatusCode.PreconditionFailed, r.StatusCode));
        var stored = (await caseworker.GetJson($"/api/cases/{caseId}"))["person"]!["residenceStatus"]!.GetValue<string>();
        Assert.Equal((await winner.Json())["person"]!["residenceStatus"]!.GetValue<string>(), stored);
    }
}
