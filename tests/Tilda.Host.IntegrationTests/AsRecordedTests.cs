using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Tilda.Host.IntegrationTests.Infrastructure;

namespace Tilda.Host.IntegrationTests;

public sealed class AsRecordedTests
{
    [Fact]
    public async Task Given_last_years_clients_When_a_residence_status_is_changed_today_Then_last_years_table_is_unchanged()
    {
        using var app = TildaApp.WithSettings(("Statistics:Disclosure:Threshold", "3"));
        var caseworker = app.ClientAs("caseworker", "decision-maker");
        var cases = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var (applicationId, caseId) = await caseworker.RegisterAsync(Api.Application("2024-05-02"));
            await caseworker.DecideAsync(Api.Admission(applicationId, "2024-05-10"));
            cases.Add(caseId);
        }
        await app.EventsDelivered();
        var statistician = app.ClientAs("statistician");
        var before = (await statistician.Indicator("clients.new.in-finland.by-residence-status")).ToJsonString();

        var etag = (await caseworker.GetAsync($"/api/cases/{cases[0]}")).Headers.ETag!.ToString();
        var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/cases/{cases[0]}/person")
        {
            Content = new StringContent("""{ "residenceStatus": "residence-permit" }""", Encoding.UTF8, "application/json"),
        };
        patch.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        await (await caseworker.SendAsync(patch)).ShouldBe(HttpStatusCode.OK);
        await app.EventsDelivered();

        var after = await statistician.Indicator("clients.new.in-finland.by-residence-status");
        Assert.Equal(before, after.ToJsonString());
        Assert.Equal(new Dictionary<string, long?> { ["asylum-seeker"] = 3 }, after.NonZero());
    }
}
