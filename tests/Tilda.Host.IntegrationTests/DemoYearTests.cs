using System.Diagnostics;
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
public sealed class DemoYearTests(DemoYearTests.DemoYearApp demo, ITestOutputHelper output) : IClassFixture<DemoYearTests.DemoYearApp>
{
    public sealed class DemoYearApp : IAsyncLifetime
    {
        public TildaApp App { get; } = new();

        /// <summary>What the verb printed of its own (not the request log), and how long it ran.</summary>
        public string Summary { get; private set; } = "";

        public async Task InitializeAsync()
        {
            var stopwatch = Stopwatch.StartNew();
            var (exitCode, output, error) = await HostProcess.RunAsync(["demo-data", "--year", "2025"], HostProcess.SameDatabaseAs(App));
            Assert.True(exitCode == 0, $"demo-data failed: {output}\n{error}");
            Assert.Contains("Demo year 2025 created", output);
            Summary = string.Join('\n', output.Split('\n').Where(l => l.StartsWith("Demo year", StringComparison.Ordinal) || l.Contains("persons sent", StringComparison.Ordinal)))
                + $"\ndemo-data ran {stopwatch.Elapsed.TotalSeconds:0.0} s";
            // The verb waits for delivery before it exits; this only confirms it.
            await App.EventsDelivered(TimeSpan.FromMinutes(2));
        }

        public Task DisposeAsync()
        {
            App.Dispose();
            return Task.CompletedTask;
        }
    }

    /// <summary>The figures of the deck "Tilastot 2025" (seed 004), as it prints them.</summary>
    private static class Deck
    {
        public const int Applications = 467;                               // "Hakemuksia tehtiin 467 kpl."
        public const int NewAdults = 261, NewMinors = 10;                  // "Uudet asiakkaat vuonna 2025 / 261 aikuista, 10 alaikäistä"
        public const int Aged18To29Percent = 42, Aged30To39Percent = 35;   // "42 % 18-29-vuotiaita", "35 % 30-39-vuotiaita"
        public const int ExploitationCases = 314, ExploitedPersons = 271;  // "yhteensä 314 tapausta, 271 henkilöä"
        public const int InFinland = 141, InFinlandCitizenships = 31;      // "Yhteensä 141 henkilöä, 31 kansalaisuutta"
        public const int InFinlandMen = 86, InFinlandWomen = 55;           // "86 miestä, 55 naista"
        public const int InFinlandFinnishPercent = 12;                     // "141 asiakasta, joista 12 % suomalaisia."
        public const int InFinlandLawfulPercent = 86;                      // "Luvallisesti Suomessa olevien hyväksikäytetyksi tulleiden osuus 86 %."
    }

    /// <summary>
    /// The one place these tests read published statistics: today the indicator and annual-report routes, which compute
    /// from live facts; when statistics are published through releases, only this changes.
    /// </summary>
    private sealed class Published(HttpClient statistician)
    {
        public Task<JsonNode> Table(string indicator, string period = "year=2025") => statistician.Indicator(indicator, period);

        public Task<JsonNode> AnnualReport() => statistician.GetJson("/api/statistics/reports/annual/2025");
    }

    private readonly Published _statistics = new(demo.App.ClientAs("statistician"));

    private static int Percent(long? part, long? whole) => (int)Math.Round(100.0 * part!.Value / whole!.Value, MidpointRounding.AwayFromZero);

    [Fact]
    public async Task Given_the_demo_year_When_reading_its_statistics_Then_they_reproduce_the_2025_deck()
    {
        output.WriteLine(demo.Summary);
        await AssertReproducesTheDeck(id => _statistics.Table(id));
    }

    /// <summary>The deck's figures, from the tables <paramref name="table"/> gives by indicator id (the indicator routes, or a release of fi-annual).</summary>
    internal static async Task AssertReproducesTheDeck(Func<string, Task<JsonNode>> table)
    {
        Assert.Equal(Deck.Applications, (await table("applications.received")).Total());

        var newClients = await table("clients.new");
        Assert.Equal(Deck.NewAdults, newClients.Cells()["adult"]);
        Assert.Equal(Deck.NewMinors, newClients.Cells()["minor"]);
        Assert.Equal(Deck.ExploitedPersons, newClients.Total());

        var ages = (await table("clients.new.by-age-band")).Cells();
        Assert.Equal(Deck.Aged18To29Percent, Percent(ages["18-29"], newClients.Total()));
        Assert.Equal(Deck.Aged30To39Percent, Percent(ages["30-39"], newClients.Total()));

        Assert.Equal(Deck.ExploitationCases, (await table("clients.new.exploitation-forms")).Total());

        var citizenship = await table("clients.new.in-finland.by-citizenship");
        Assert.Equal(Deck.InFinland, citizenship.Total());
        Assert.Equal(Deck.InFinlandCitizenships, citizenship.Cells().Count(c => c.Value != 0));
        Assert.Equal(Deck.InFinlandFinnishPercent, Percent(citizenship.Cells()["FIN"], citizenship.Total()));

        var sex = await table("clients.new.in-finland.by-sex");
        Assert.Equal(Deck.InFinland, sex.Total());
        Assert.Equal(Deck.InFinlandMen, sex.Cells()["male"]);
        Assert.Equal(Deck.InFinlandWomen, sex.Cells()["female"]);

        var residence = await table("clients.new.in-finland.by-residence-status");
        var notLawful = residence.Cells()["irregular"] + residence.Cells()["unknown"];
        Assert.Equal(Deck.InFinland, residence.Total());
        Assert.Equal(Deck.InFinlandLawfulPercent, Percent(residence.Total() - notLawful, residence.Total()));
    }

    [Fact]
    public async Task Given_the_demo_year_When_a_caseworker_opens_a_former_client_Then_the_case_reads_back_as_one_fictitious_person_admitted_and_removed_in_the_year()
    {
        var caseworker = demo.App.ClientAs("caseworker");
        async Task<int> Cases(string? status = null) =>
            (await caseworker.GetJson(status is null ? "/api/cases?pageSize=1" : $"/api/cases?status={status}&pageSize=1"))["total"]!.GetValue<int>();
        // One case per application, and every new client is a client or a former client.
        Assert.Equal(Deck.Applications, await Cases());
        Assert.Equal(Deck.NewAdults + Deck.NewMinors, await Cases("client") + await Cases("former-client"));

        var page = await caseworker.GetJson("/api/cases?status=former-client&pageSize=1");
        var @case = await caseworker.GetJson($"/api/cases/{page["items"]![0]!["caseId"]!.GetValue<Guid>()}");
        Assert.Equal("former-client", @case["status"]!.GetValue<string>());
        var person = @case["person"]!;
        Assert.Equal("Demo", person["givenNames"]!.GetValue<string>());
        Assert.Matches("^Esimerkki-[0-9]{4}$", person["surname"]!.GetValue<string>());
        Assert.Null(person["personalIdentityCode"]);
        Assert.NotNull(person["birthDate"]);

        var application = Assert.Single(@case["applications"]!.AsArray())!;
        Assert.Equal("admitted", application["status"]!.GetValue<string>());
        Assert.Single(application["exploitation"]!["forms"]!.AsArray(), f => f!["primary"]!.GetValue<bool>());
        var receivedOn = DateOnly.Parse(application["receivedOn"]!.GetValue<string>());
        var clientSince = DateOnly.Parse(@case["clientSince"]!.GetValue<string>());
        var removedOn = DateOnly.Parse(@case["removedOn"]!.GetValue<string>());
        Assert.True(new DateOnly(2025, 1, 1) <= receivedOn && receivedOn <= clientSince && clientSince <= removedOn && removedOn <= new DateOnly(2025, 12, 31),
            $"received {receivedOn}, client since {clientSince}, removed {removedOn}");

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

    [Fact]
    public async Task Given_the_demo_year_When_every_indicator_is_read_for_every_period_Then_no_count_from_1_to_4_is_published()
    {
        var ids = (await demo.App.ClientAs("statistician").GetJson("/api/statistics/indicators")).AsArray().Select(i => i!["id"]!.GetValue<string>());
        string[] periods = ["year=2025", "from=2025-01-01&to=2025-06-30", "from=2025-10-01&to=2025-12-31", "from=2025-12-01&to=2025-12-31"];
        foreach (var id in ids)
        foreach (var period in periods)
        {
            var table = await _statistics.Table(id, period);
            var published = table.Cells().Values.Append(table.Total()).Where(v => v is not null).Select(v => v!.Value);
            Assert.DoesNotContain(published, v => v is >= 1 and <= 4);
        }
    }

    [Fact]
    public async Task Given_the_demo_year_When_the_year_is_read_through_different_period_requests_Then_no_suppressed_month_can_be_derived()
    {
        foreach (var id in new[] { "clients.new.in-finland.by-citizenship", "applications.by-referrer", "clients.removed" })
        {
            var year = await _statistics.Table(id);
            Assert.Equal(year.ToJsonString().Replace("\"from\":\"2025-01-01\"", ""),
                (await _statistics.Table(id, "from=2025-01-01&to=2025-12-31")).ToJsonString().Replace("\"from\":\"2025-01-01\"", ""));
            var months = new List<Dictionary<string, long?>>();
            for (var m = 1; m <= 12; m++)
                months.Add((await _statistics.Table(id, $"from=2025-{m:00}-01&to=2025-{m:00}-{DateTime.DaysInMonth(2025, m)}")).Cells());
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
        var before = (await _statistics.AnnualReport()).ToJsonString();

        var rebuild = await demo.App.ClientAs("admin").PostAsync("/api/statistics/rebuild", null);

        await rebuild.ShouldBe(HttpStatusCode.OK);
        var result = await rebuild.Json();
        output.WriteLine($"Rebuild: {result["events"]} events, {result["facts"]} facts, {result["seconds"]} s");
        Assert.Equal(before, (await _statistics.AnnualReport()).ToJsonString());
    }
}
