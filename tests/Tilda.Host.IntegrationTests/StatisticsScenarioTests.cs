using System.Net;
using System.Text.Json.Nodes;
using Tilda.Host.IntegrationTests.Infrastructure;

namespace Tilda.Host.IntegrationTests;

/// <summary>
/// A month of casework in March 2024 whose every built-in indicator is computed by hand below, released for the year and
/// for the periods read (threshold k = 3; every non-zero count is at least 3). Published together, some values would
/// single out a few persons (the one man of group A not removed, say), so the joint control suppresses some of them: every
/// value that is published equals the hand-computed one, and what is suppressed is shown as suppressed, never as zero.
/// </summary>
public sealed class StatisticsScenarioTests(StatisticsScenarioTests.Scenario scenario) : IClassFixture<StatisticsScenarioTests.Scenario>
{
    public sealed class Scenario : IAsyncLifetime
    {
        public TildaApp App { get; } = TildaApp.WithSettings(("Statistics:Disclosure:Threshold", "3"));
        public List<Guid> CaseIds { get; } = [];
        public List<string> Names { get; } = [];

        public async Task InitializeAsync()
        {
            var caseworker = App.ClientAs("caseworker", "decision-maker");
            // Group A: 4 men, Nigerian asylum seekers aged 25, labour exploitation in Finland, referred by the police; 3 later removed.
            var groupA = await Admit(caseworker, 4, "A", "male", "NGA", "asylum-seeker", "1998-06-01", "finland", "police", [("labour", true)], children: 0);
            foreach (var caseId in groupA.Take(3))
                await (await caseworker.PostJson("/api/decisions/removal", Api.Removal(caseId, "2024-03-28", "left-finland"))).ShouldBe(HttpStatusCode.Created);
            // Group B: 3 Thai women aged 35 with residence permits, sexual (primary) and labour exploitation in Finland and abroad, one child each.
            await Admit(caseworker, 3, "B", "female", "THA", "residence-permit", "1988-06-01", "both", "ngo", [("sexual", true), ("labour", false)], children: 1);
            // Group C: 3 Finnish girls aged 16, sexual exploitation abroad.
            await Admit(caseworker, 3, "C", "female", "FIN", "finnish-citizen", "2007-06-01", "abroad", "police", [("sexual", true)], children: 0);
            // 3 rejected and 3 pending self-referrals.
            foreach (var i in Enumerable.Range(0, 6))
            {
                var (applicationId, caseId) = await caseworker.RegisterAsync(Application($"D{i}", "male", "UKR", "temporary-protection", "1990-01-01", "finland", "self", [("labour", true)], 0));
                CaseIds.Add(caseId);
                if (i < 3) await caseworker.DecideAsync(Api.Admission(applicationId, "2024-03-25", "rejected", "no-trafficking-indication"));
            }
            await App.EventsDelivered();
            var statistician = App.ClientAs("statistician");
            var deck = await statistician.DeckAsync();
            foreach (var (from, to) in new[] { ("2024-01-01", "2024-12-31"), ("2024-01-01", "2024-03-31"), ("2024-03-01", "2024-03-31"), ("2024-04-01", "2024-06-30"), ("2024-02-01", "2024-02-29") })
                await statistician.ReleaseAsync(from, to, [.. deck]);
        }

        private async Task<List<Guid>> Admit(HttpClient client, int count, string group, string sex, string citizenship, string residence,
            string birthDate, string location, string referrer, (string Form, bool Primary)[] forms, int children)
        {
            var cases = new List<Guid>();
            for (var i = 0; i < count; i++)
            {
                var (applicationId, caseId) = await client.RegisterAsync(Application($"{group}{i}", sex, citizenship, residence, birthDate, location, referrer, forms, children));
                await client.DecideAsync(Api.Admission(applicationId, "2024-03-20"));
                cases.Add(caseId);
            }
            CaseIds.AddRange(cases);
            return cases;
        }

        private JsonObject Application(string suffix, string sex, string citizenship, string residence, string birthDate,
            string location, string referrer, (string Form, bool Primary)[] forms, int children)
        {
            var surname = $"Tilastohenkilö{suffix}";
            Names.Add(surname);
            var body = Api.Application("2024-03-05", givenNames: "Skenaario", surname: surname);
            body["referrer"]!["type"] = referrer;
            var person = body["person"]!;
            person["sex"] = sex;
            person["citizenships"] = new JsonArray(citizenship);
            person["residenceStatus"] = residence;
            person["birthDate"] = birthDate;
            body["exploitation"]!["location"] = location;
            body["exploitation"]!["forms"] = new JsonArray(forms.Select(f => (JsonNode)new JsonObject { ["form"] = f.Form, ["primary"] = f.Primary }).ToArray());
            body["dependentChildren"] = new JsonArray(Enumerable.Range(0, children).Select(_ => (JsonNode)new JsonObject { ["birthYear"] = 2020, ["sex"] = "male" }).ToArray());
            return body;
        }

        public Task DisposeAsync()
        {
            App.Dispose();
            return Task.CompletedTask;
        }
    }

    private readonly HttpClient _statistician = scenario.App.ClientAs("statistician");

    public static TheoryData<string, string, long, string[]> HandComputed => new()
    {
        { "applications.received", "year=2024", 16, ["2024=16"] },
        { "applications.by-referrer", "year=2024", 16, ["police=7", "ngo=3", "self=6"] },
        { "decisions.admission", "year=2024", 13, ["admitted=10", "rejected:no-trafficking-indication=3"] },
        { "clients.new", "year=2024", 10, ["adult=7", "minor=3"] },
        { "clients.new.by-age-band", "year=2024", 10, ["18-29=4", "30-39=3", "0-17=3"] },
        { "clients.new.exploitation-forms", "year=2024", 13, ["labour|true=4", "sexual|true=6", "labour|false=3"] },
        { "clients.new.in-finland.by-citizenship", "year=2024", 7, ["NGA=4", "THA=3"] },
        { "clients.new.in-finland.by-sex", "year=2024", 7, ["male=4", "female=3"] },
        { "clients.new.in-finland.by-residence-status", "year=2024", 7, ["asylum-seeker=4", "residence-permit=3"] },
        { "clients.total", "year=2024", 10, ["victim=7", "dependent-child=3"] },
        { "clients.admitted-as-minor", "year=2024", 3, [] },
        { "clients.removed", "year=2024", 3, ["left-finland=3"] },
        { "clients.new", "from=2024-01-01&to=2024-03-31", 10, ["adult=7", "minor=3"] },
        { "clients.new", "from=2024-03-01&to=2024-03-31", 10, ["adult=7", "minor=3"] },
        { "clients.new", "from=2024-04-01&to=2024-06-30", 0, [] },
        { "clients.total", "from=2024-02-01&to=2024-02-29", 0, [] },
        { "clients.total", "from=2024-03-01&to=2024-03-31", 10, ["victim=7", "dependent-child=3"] },
    };

    [Theory]
    [MemberData(nameof(HandComputed))]
    public async Task Given_a_month_of_casework_When_computing_an_indicator_Then_it_matches_the_hand_computed_table(string id, string query, long total, string[] cells)
    {
        var table = await _statistician.Indicator(id, query);

        var expected = cells.Select(c => c.Split('=')).ToDictionary(c => c[0], c => (long?)long.Parse(c[1]));
        var published = table.NonZero();
        Assert.Equal(expected.Keys.Order(), published.Keys.Order());
        Assert.All(published.Where(c => c.Value is not null), c => Assert.Equal(expected[c.Key], c.Value));
        Assert.True(table.Total() is null || table.Total() == total, $"total {table.Total()}, computed {total}");
        Assert.Equal(0, table["disclosure"]!["primarySuppressed"]!.GetValue<int>());
        Assert.Equal(3, table["disclosure"]!["threshold"]!.GetValue<int>());
    }

    [Fact]
    public async Task Given_the_released_scenario_When_reading_tables_that_give_nobody_away_Then_they_are_published_whole()
    {
        Assert.Equal(16, (await _statistician.Indicator("applications.received")).Total());
        Assert.Equal(new Dictionary<string, long?> { ["admitted"] = 10, ["rejected:no-trafficking-indication"] = 3 }, (await _statistician.Indicator("decisions.admission")).NonZero());
        Assert.Equal(new Dictionary<string, long?> { ["adult"] = 7, ["minor"] = 3 }, (await _statistician.Indicator("clients.new")).NonZero());
    }

    [Fact]
    public async Task Given_the_scenario_When_reading_the_annual_report_Then_every_annual_indicator_is_in_it()
    {
        var report = await _statistician.AnnualReport(2024);

        Assert.Equal(2024, report["year"]!.GetValue<int>());
        var ids = report["indicators"]!.AsArray().Select(t => t!["indicator"]!.GetValue<string>()).ToList();
        Assert.Equal(15, ids.Count);
        Assert.Contains("clients.total", ids);
        var newClients = report["indicators"]!.AsArray().Single(t => t!["indicator"]!.GetValue<string>() == "clients.new")!;
        Assert.Equal(10, newClients.Total());
    }

    [Fact]
    public async Task Given_the_scenario_When_reading_every_statistics_table_Then_no_name_birth_date_case_id_or_organisation_is_stored()
    {
        var stored = await DatabaseFile.AllTextAsync(scenario.App.DatabaseFile, "statistics_");

        Assert.NotEmpty(stored);
        foreach (var value in stored)
        {
            Assert.DoesNotContain(scenario.Names, n => value.Contains(n, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(scenario.CaseIds, id => value.Contains(id.ToString(), StringComparison.OrdinalIgnoreCase) || value.Contains(id.ToString("N"), StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain("1998-06-01", value);
            Assert.DoesNotContain("Vastaanottokeskus X", value);
            Assert.DoesNotContain("Skenaario", value);
        }
    }

    [Fact]
    public async Task Given_the_scenario_When_the_statistics_are_rebuilt_from_history_Then_every_indicator_is_identical()
    {
        var ids = (await _statistician.GetJson("/api/statistics/indicators")).AsArray().Select(i => i!["id"]!.GetValue<string>()).ToList();
        var before = new Dictionary<string, string>();
        foreach (var id in ids) before[id] = (await _statistician.Indicator(id)).ToJsonString();

        var rebuild = await scenario.App.ClientAs("admin").PostAsync("/api/statistics/rebuild", null);

        await rebuild.ShouldBe(HttpStatusCode.OK);
        Assert.True((await rebuild.Json())["events"]!.GetValue<int>() >= 32);
        foreach (var id in ids) Assert.Equal(before[id], (await _statistician.Indicator(id)).ToJsonString());
    }

    [Fact]
    public async Task Given_the_scenario_When_the_rebuild_statistics_verb_runs_Then_it_replays_the_history_into_identical_tables()
    {
        var before = await _statistician.AnnualReport(2024);

        var (exitCode, output, error) = await HostProcess.RunAsync(["rebuild-statistics"], HostProcess.SameDatabaseAs(scenario.App));

        Assert.True(exitCode == 0, error);
        Assert.Matches(@"Replayed \d+ events into \d+ facts", output);
        Assert.Equal(before.ToJsonString(), (await _statistician.AnnualReport(2024)).ToJsonString());
    }

    [Fact]
    public async Task Given_an_indicator_When_asked_for_csv_Then_one_row_per_cell_and_the_total()
    {
        var response = await _statistician.GetAsync("/api/statistics/indicators/applications.by-referrer?year=2024&format=csv");

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("indicator,from,to,referrerType,value,suppressed", lines[0]);
        Assert.Contains("applications.by-referrer,2024-01-01,2024-12-31,police,7,false", lines);
        Assert.Equal("applications.by-referrer,2024-01-01,2024-12-31,total,16,false", lines[^1]);
    }

    [Fact]
    public async Task Given_several_whole_years_When_computing_Then_one_table_per_year_from_each_year_s_release()
    {
        var run = await _statistician.Indicator("applications.received", "from=2023-01-01&to=2025-12-31");

        var tables = run["tables"]!.AsArray();
        Assert.Equal(["2023-01-01", "2024-01-01", "2025-01-01"], tables.Select(t => t!["period"]!["from"]!.GetValue<string>()));
        Assert.Equal([0L, 16L, 0L], tables.Select(t => t!.Total()!.Value));
        Assert.Equal(new Dictionary<string, long?> { ["2024"] = 16 }, tables[1]!.NonZero());
    }

    [Fact]
    public async Task Given_the_catalogue_When_listing_indicators_Then_each_has_titles_unit_dimensions_requesters_and_source()
    {
        var indicators = (await _statistician.GetJson("/api/statistics/indicators")).AsArray();

        var byReferrer = indicators.Single(i => i!["id"]!.GetValue<string>() == "applications.by-referrer")!;
        Assert.Equal("applications", byReferrer["unit"]!.GetValue<string>());
        Assert.Equal("referrerType", byReferrer["dimensions"]![0]!.GetValue<string>());
        Assert.Equal("built-in", byReferrer["source"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(byReferrer["title"]!["sv"]!.GetValue<string>()));
        Assert.NotEmpty(byReferrer["requesters"]!.AsArray());
    }
}
