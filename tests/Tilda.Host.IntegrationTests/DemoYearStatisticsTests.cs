using System.Net;
using System.Text.Json.Nodes;
using Tilda.Host.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Tilda.Host.IntegrationTests;

/// <summary>
/// The calibrated demo year, created by the <c>demo-data</c> verb (a host process of its own, writing through the
/// modules' API), reproduces the figures of the authority's 2025 statistics deck (seed 004) through the statistics
/// API of another host on the same database — with the default disclosure threshold of 5.
/// </summary>
public sealed class DemoYearStatisticsTests(DemoYearStatisticsTests.DemoYearApp demo, ITestOutputHelper output) : IClassFixture<DemoYearStatisticsTests.DemoYearApp>
{
    public sealed class DemoYearApp : IAsyncLifetime
    {
        public TildaApp App { get; } = new();

        public async Task InitializeAsync()
        {
            var (exitCode, output, error) = await HostProcess.RunAsync(["demo-data", "--year", "2025"], HostProcess.SameDatabaseAs(App));
            Assert.True(exitCode == 0, $"demo-data failed: {output}\n{error}");
            Assert.Contains("Demo year 2025 created", output);
            // The verb waits for delivery before it exits; this only confirms it.
            await App.EventsDelivered(TimeSpan.FromMinutes(2));
        }

        public Task DisposeAsync()
        {
            App.Dispose();
            return Task.CompletedTask;
        }
    }

    private readonly HttpClient _statistician = demo.App.ClientAs("statistician");

    private static int Percent(long part, long whole) => (int)Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero);

    [Fact]
    public async Task Given_the_demo_year_When_reading_the_annual_report_Then_it_reproduces_the_2025_deck()
    {
        var report = await _statistician.GetJson("/api/statistics/reports/annual/2025");
        output.WriteLine(report.ToJsonString(new() { WriteIndented = true }));
        JsonNode Table(string id) => report["indicators"]!.AsArray().Single(t => t!["indicator"]!.GetValue<string>() == id)!;

        // "Hakemuksia tehtiin 467 kpl"
        Assert.Equal(467, Table("applications.received").Total());
        // "261 aikuista, 10 alaikäistä"
        var newClients = Table("clients.new");
        Assert.Equal(271, newClients.Total());
        Assert.Equal(261, newClients.Cells()["adult"]);
        Assert.Equal(10, newClients.Cells()["minor"]);
        // "42 % 18–29-vuotiaita, 35 % 30–39-vuotiaita"
        var ages = Table("clients.new.by-age-band");
        Assert.Equal(42, Percent(ages.Cells()["18-29"]!.Value, 271));
        Assert.Equal(35, Percent(ages.Cells()["30-39"]!.Value, 271));
        // "314 tapausta, 271 henkilöä"
        Assert.Equal(314, Table("clients.new.exploitation-forms").Total());
        // "141 henkilöä, 31 kansalaisuutta"
        var citizenship = Table("clients.new.in-finland.by-citizenship");
        Assert.Equal(141, citizenship.Total());
        Assert.Equal(31, citizenship.Cells().Count(c => c.Value != 0));
        // "86 miestä, 55 naista"
        var sex = Table("clients.new.in-finland.by-sex");
        Assert.Equal(86, sex.Cells()["male"]);
        Assert.Equal(55, sex.Cells()["female"]);
        // "12 % suomalaisia, 86 % luvallisesti"
        Assert.Equal(12, Percent(citizenship.Cells()["FIN"]!.Value, 141));
        var residence = Table("clients.new.in-finland.by-residence-status");
        var notLawful = residence.Cells().Where(c => c.Key is "irregular" or "unknown").Sum(c => c.Value!.Value);
        Assert.Equal(86, Percent(residence.Total()!.Value - notLawful, 141));
    }

    [Fact]
    public async Task Given_the_demo_year_When_every_indicator_is_read_for_every_period_Then_no_count_from_1_to_4_is_published()
    {
        var ids = (await _statistician.GetJson("/api/statistics/indicators")).AsArray().Select(i => i!["id"]!.GetValue<string>());
        string[] periods = ["year=2025", "from=2025-01-01&to=2025-06-30", "from=2025-10-01&to=2025-12-31", "from=2025-12-01&to=2025-12-31"];
        foreach (var id in ids)
        foreach (var period in periods)
        {
            var table = await _statistician.Indicator(id, period);
            var published = table.Cells().Values.Append(table.Total()).Where(v => v is not null).Select(v => v!.Value);
            Assert.DoesNotContain(published, v => v is >= 1 and <= 4);
        }
    }

    [Fact]
    public async Task Given_the_demo_year_When_the_year_is_read_through_different_period_requests_Then_no_suppressed_month_can_be_derived()
    {
        foreach (var id in new[] { "clients.new.in-finland.by-citizenship", "applications.by-referrer", "clients.removed" })
        {
            var year = await _statistician.Indicator(id, "year=2025");
            Assert.Equal(year.ToJsonString().Replace("\"from\":\"2025-01-01\"", ""),
                (await _statistician.Indicator(id, "from=2025-01-01&to=2025-12-31")).ToJsonString().Replace("\"from\":\"2025-01-01\"", ""));
            var months = new List<Dictionary<string, long?>>();
            for (var m = 1; m <= 12; m++)
                months.Add((await _statistician.Indicator(id, $"from=2025-{m:00}-01&to=2025-{m:00}-{DateTime.DaysInMonth(2025, m)}")).Cells());
            foreach (var (category, value) in year.Cells())
            {
                // A suppressed December count must not equal the year minus the eleven other published months.
                var december = months[11].GetValueOrDefault(category, 0);
                var others = months.Take(11).Select(c => c.GetValueOrDefault(category, 0)).ToList();
                if (december is null && value is not null)
                    Assert.Contains(others, o => o is null);
            }
        }
    }

    [Fact]
    public async Task Given_the_demo_year_When_rebuilt_Then_the_annual_report_is_identical()
    {
        var before = (await _statistician.GetJson("/api/statistics/reports/annual/2025")).ToJsonString();

        var rebuild = await demo.App.ClientAs("admin").PostAsync("/api/statistics/rebuild", null);

        await rebuild.ShouldBe(HttpStatusCode.OK);
        var result = await rebuild.Json();
        output.WriteLine($"Rebuild: {result["events"]} events, {result["facts"]} facts, {result["seconds"]} s");
        Assert.Equal(before, (await _statistician.GetJson("/api/statistics/reports/annual/2025")).ToJsonString());
    }
}
