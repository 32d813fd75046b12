using System.Net;
using System.Text.Json.Nodes;
using Tilda.Host.IntegrationTests.Infrastructure;

namespace Tilda.Host.IntegrationTests;

public sealed class StatisticsApiTests(TildaApp app) : IClassFixture<TildaApp>
{
    private readonly HttpClient _statistician = app.ClientAs("statistician");

    [Theory]
    [InlineData("from=2024-01-15&to=2024-03-31")]   // not from the first of a month
    [InlineData("from=2024-01-01&to=2024-03-30")]   // not to the last of a month
    [InlineData("from=2024-01-01&to=2024-11-30")]   // Jan–Nov: could be differenced against the year
    [InlineData("from=2024-02-01&to=2024-04-30")]   // three months that are not a quarter
    [InlineData("from=2024-07-01&to=2025-06-30")]   // across years, not whole years
    [InlineData("from=2024-03-01&to=2024-02-29")]   // ends before it starts
    [InlineData("from=2000-01-01&to=2024-12-31")]   // more than 20 years
    [InlineData("year=2024&from=2024-01-01&to=2024-12-31")]
    [InlineData("")]
    [InlineData("year=2024&format=xlsx")]
    [InlineData("from=2024-13-01&to=2024-12-31")]
    [InlineData("from=0001-01-01&to=0001-12-31")]
    public async Task Given_a_period_that_is_not_publishable_When_asking_Then_400(string query)
    {
        await (await _statistician.GetAsync($"/api/statistics/indicators/clients.new?{query}")).ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("year=2024")]
    [InlineData("from=2024-04-01&to=2024-06-30")]
    [InlineData("from=2024-07-01&to=2024-12-31")]
    [InlineData("from=2024-02-01&to=2024-02-29")]
    [InlineData("from=2005-01-01&to=2024-12-31")]
    [InlineData("from=9999-12-01&to=9999-12-31")]
    public async Task Given_a_publishable_period_When_asking_Then_200_with_that_period(string query)
    {
        var table = await _statistician.Indicator("clients.new", query);

        Assert.Equal("clients.new", table["indicator"]!.GetValue<string>());
        Assert.Equal("persons", table["unit"]!.GetValue<string>());
        Assert.NotNull(table["disclosure"]!["method"]);
    }

    [Fact]
    public async Task Given_an_unknown_indicator_When_asking_Then_404()
    {
        await (await _statistician.GetAsync("/api/statistics/indicators/no.such.indicator?year=2024")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("caseworker")]
    [InlineData("decision-maker")]
    [InlineData("admin")]
    public async Task Given_a_role_other_than_statistician_When_reading_statistics_Then_403(string role)
    {
        var client = app.ClientAs(role);

        await (await client.GetAsync("/api/statistics/indicators")).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await client.GetAsync("/api/statistics/indicators/clients.new?year=2024")).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await client.GetAsync("/api/statistics/reports/annual/2024")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Given_a_statistician_When_reading_casework_or_definitions_Then_403()
    {
        await (await _statistician.GetAsync("/api/cases")).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await _statistician.GetAsync("/api/statistics/indicator-definitions")).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await _statistician.PostAsync("/api/statistics/rebuild", null)).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Given_the_fact_catalogue_When_read_Then_it_lists_fact_types_dimensions_and_codes()
    {
        var catalogue = await _statistician.GetJson("/api/statistics/facts");

        var admission = catalogue["factTypes"]!.AsArray().Single(t => t!["type"]!.GetValue<string>() == "admission-decided")!;
        var outcome = admission["dimensions"]!.AsArray().Single(d => d!["name"]!.GetValue<string>() == "outcome")!;
        var codes = outcome["codes"]!.AsArray().Select(c => c!.GetValue<string>()).ToList();
        Assert.Contains("admitted", codes);
        Assert.Contains("rejected:no-need-for-assistance", codes);
        Assert.True(outcome["sensitive"]!.GetValue<bool>());
        Assert.DoesNotContain(admission["dimensions"]!.AsArray(), d => d!["name"]!.GetValue<string>() == "episode");
    }

    [Fact]
    public async Task Given_a_write_When_the_statistics_are_read_shortly_after_Then_it_is_counted_within_a_second()
    {
        var body = Api.Application("2023-05-10");
        var started = DateTime.UtcNow;
        await app.ClientAs("caseworker").RegisterAsync(body);

        await Eventually.Until(async () =>
            (await _statistician.Indicator("applications.received", "from=2023-05-01&to=2023-05-31"))["disclosure"]!["primarySuppressed"]!.GetValue<int>() > 0,
            timeout: TimeSpan.FromSeconds(1), what: "the application to be counted");
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(1.5));
    }
}
