using System.Diagnostics;
using Tilda.Host.Cli;
using Tilda.Host.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Tilda.Host.IntegrationTests;

public sealed class DemoYearTests(TildaApp app, ITestOutputHelper output) : IClassFixture<TildaApp>
{
    private readonly HttpClient _client = app.ClientAs("caseworker", "decision-maker");

    private async Task<int> Total(string? status)
    {
        var page = await _client.GetJson(status is null ? "/api/cases?pageSize=1" : $"/api/cases?status={status}&pageSize=1");
        return page["total"]!.GetValue<int>();
    }

    private async Task<Dictionary<string, int>> Totals() => new()
    {
        ["all"] = await Total(null),
        ["applicant"] = await Total("applicant"),
        ["client"] = await Total("client"),
        ["former-client"] = await Total("former-client"),
        ["rejected"] = await Total("rejected"),
    };

    [Fact]
    public async Task Given_an_empty_install_When_the_2025_demo_year_is_generated_Then_the_cases_and_their_statuses_match_the_calibrated_plan()
    {
        var log = new StringWriter();
        var stopwatch = Stopwatch.StartNew();

        var summary = await DemoYear.GenerateAsync(_client, 2025, progress: log);

        output.WriteLine(log.ToString());
        output.WriteLine($"Generation: {stopwatch.Elapsed.TotalSeconds:0.0} s; {summary}");
        Assert.Equal(new DemoYearSummary(2025, DemoYear.ApplicationsReceived, DemoYear.NewClients, DemoYear.Rejections, DemoYear.PendingAtYearEnd,
            DemoYear.Removals, DemoYear.InFinland, DemoYear.ExploitationForms, summary.DependentChildren, summary.Elapsed), summary);
        Assert.Equal(467, summary.Applications);
        Assert.Equal(271, summary.Admitted);
        Assert.Equal(summary.Applications, summary.Admitted + summary.Rejected + summary.Pending);
        Assert.True(summary.DependentChildren > 0);

        // Each application here is a new person, so one case per application; decisions reach Cases through the outbox.
        var expected = new Dictionary<string, int>
        {
            ["all"] = DemoYear.ApplicationsReceived,
            ["applicant"] = DemoYear.PendingAtYearEnd,
            ["client"] = DemoYear.NewClients - DemoYear.Removals,
            ["former-client"] = DemoYear.Removals,
            ["rejected"] = DemoYear.Rejections,
        };
        var totals = await Eventually.Until(Totals, t => t.Count == expected.Count && !t.Except(expected).Any(),
            TimeSpan.FromSeconds(60), "the case statuses to reflect every decision");
        Assert.Equal(expected, totals);

        // A sampled former client reads back consistently.
        var page = await _client.GetJson("/api/cases?status=former-client&pageSize=1");
        var caseId = page["items"]![0]!["caseId"]!.GetValue<Guid>();
        var @case = await _client.GetJson($"/api/cases/{caseId}");
        Assert.Equal("former-client", @case["status"]!.GetValue<string>());
        var person = @case["person"]!;
        Assert.Equal("Demo", person["givenNames"]!.GetValue<string>());
        Assert.Matches("^Esimerkki-[0-9]{4}$", person["surname"]!.GetValue<string>());
        Assert.Null(person["personalIdentityCode"]);
        Assert.NotNull(person["birthDate"]);

        var application = Assert.Single(@case["applications"]!.AsArray())!;
        Assert.Equal("admitted", application["status"]!.GetValue<string>());
        var receivedOn = DateOnly.Parse(application["receivedOn"]!.GetValue<string>());
        var clientSince = DateOnly.Parse(@case["clientSince"]!.GetValue<string>());
        var removedOn = DateOnly.Parse(@case["removedOn"]!.GetValue<string>());
        Assert.Equal(2025, receivedOn.Year);
        Assert.Equal(2025, removedOn.Year);
        Assert.True(receivedOn <= clientSince && clientSince <= removedOn, $"received {receivedOn}, client since {clientSince}, removed {removedOn}");
        Assert.Single(application["exploitation"]!["forms"]!.AsArray(), f => f!["primary"]!.GetValue<bool>());

        var decisions = @case["decisions"]!.AsArray().Select(d => d!).ToList();
        Assert.Equal(2, decisions.Count);
        var admission = Assert.Single(decisions, d => d["kind"]!.GetValue<string>() == "admission");
        var removal = Assert.Single(decisions, d => d["kind"]!.GetValue<string>() == "removal");
        Assert.Equal("admitted", admission["outcome"]!.GetValue<string>());
        Assert.Equal(application["applicationId"]!.GetValue<Guid>(), admission["applicationId"]!.GetValue<Guid>());
        Assert.Equal(clientSince, DateOnly.Parse(admission["decidedOn"]!.GetValue<string>()));
        Assert.Equal(removedOn, DateOnly.Parse(removal["decidedOn"]!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(removal["reason"]?.GetValue<string>()));
    }
}
