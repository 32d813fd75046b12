using System.Net;
using System.Text.Json.Nodes;
using Tilda.Host.IntegrationTests.Infrastructure;
using Tilda.Statistics.Sdk;
using Tilda.Synthetic;

namespace Tilda.Host.IntegrationTests;

/// <summary>The statistics API: releases made for ended periods, read back byte for byte, revised explicitly; reads
/// answer only for released periods; bad input gets the right 4xx.</summary>
public sealed class StatisticsApiTests(TildaApp app) : IClassFixture<TildaApp>
{
    private readonly HttpClient _statistician = app.ClientAs("statistician");

    private static JsonObject Release(string from, string to, params string[] indicators) => Infrastructure.Statistics.ReleaseBody(from, to, indicators);

    [Theory]
    [InlineData("from=2024-01-15&to=2024-03-31")]   // not from the first of a month
    [InlineData("from=2024-01-01&to=2024-03-30")]   // not to the last of a month
    [InlineData("from=2024-03-01&to=2025-03-31")]   // thirteen months
    [InlineData("from=2024-03-01&to=2024-02-29")]   // ends before it starts
    [InlineData("from=2000-01-01&to=2024-12-31")]   // more than 20 years
    [InlineData("year=2024&from=2024-01-01&to=2024-12-31")]
    [InlineData("")]
    [InlineData("year=2024&format=xlsx")]
    [InlineData("from=2024-13-01&to=2024-12-31")]
    [InlineData("from=0001-01-01&to=0001-12-31")]
    public async Task Given_a_period_that_is_not_a_period_When_reading_Then_400(string query)
    {
        await (await _statistician.GetAsync($"/api/statistics/indicators/clients.new?{query}")).ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("from=2019-04-01&to=2020-03-31")]
    [InlineData("from=2019-02-01&to=2019-04-30")]
    [InlineData("year=2018")]
    public async Task Given_a_period_without_a_release_When_reading_Then_409_saying_how_to_make_one(string query)
    {
        var response = await _statistician.GetAsync($"/api/statistics/indicators/clients.new?{query}");

        await response.ShouldBeProblem(HttpStatusCode.Conflict);
        Assert.Contains("POST /api/statistics/releases", (await response.Json())["detail"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("2026-12-01", "2026-12-31", "period")]     // has not ended (today is in it)
    [InlineData("2026-01-01", "2026-12-31", "period")]
    [InlineData("2024-01-01", "2025-01-31", "period")]     // thirteen months
    [InlineData("2024-01-10", "2024-03-31", "period")]     // a partial month
    [InlineData("1999-01-01", "1999-12-31", "period")]
    [InlineData("2024-06-01", "2024-05-31", "period")]
    public async Task Given_a_period_that_may_not_be_released_When_releasing_Then_400_with_the_reason(string from, string to, string field)
    {
        await (await _statistician.PostJson("/api/statistics/releases", Release(from, to, "clients.new"))).ShouldBeProblem(HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Given_releases_of_nothing_an_unknown_indicator_or_an_unknown_pack_When_releasing_Then_4xx_and_nothing_is_released()
    {
        await (await _statistician.PostJson("/api/statistics/releases", Release("2017-01-01", "2017-12-31"))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "indicators");
        await (await _statistician.PostJson("/api/statistics/releases", Release("2017-01-01", "2017-12-31", "no.such.indicator"))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "indicators");
        await (await _statistician.PostJson("/api/statistics/releases", Release("2017-01-01", "2017-12-31", "clients.new", "clients.new"))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "indicators");
        var pack = new JsonObject { ["period"] = new JsonObject { ["from"] = "2017-01-01", ["to"] = "2017-12-31" }, ["pack"] = "no-such-pack" };
        await (await _statistician.PostJson("/api/statistics/releases", pack)).ShouldBeProblem(HttpStatusCode.NotFound);
        var note = Release("2017-01-01", "2017-12-31", "clients.new");
        note["note"] = new string('x', 1001);
        await (await _statistician.PostJson("/api/statistics/releases", note)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "note");

        Assert.Empty((await _statistician.GetJson("/api/statistics/releases?from=2017-01-01&to=2017-12-31")).AsArray());
    }

    [Fact]
    public async Task Given_a_release_When_read_twice_Then_the_same_bytes_with_its_content_hash_as_etag()
    {
        await app.ClientAs("caseworker").RegisterAsync(Api.Application("2021-05-10"));
        await app.EventsDelivered();
        var release = await _statistician.ReleaseAsync("2021-01-01", "2021-12-31", "applications.received", "applications.by-referrer");

        var first = await _statistician.GetAsync($"/api/statistics/releases/{release["id"]}");
        var second = await _statistician.GetAsync($"/api/statistics/releases/{release["id"]}");

        await first.ShouldBe(HttpStatusCode.OK);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        Assert.Equal($"\"{release["contentHash"]}\"", first.Headers.ETag!.Tag);
        Assert.Equal(1, release["version"]!.GetValue<int>());
        Assert.Equal(["applications.received", "applications.by-referrer"], release["tables"]!.AsArray().Select(t => t!["indicator"]!.GetValue<string>()));
        var listed = (await _statistician.GetJson("/api/statistics/releases?from=2021-01-01&to=2021-12-31")).AsArray().Single()!;
        Assert.Equal(release["contentHash"]!.GetValue<string>(), listed["contentHash"]!.GetValue<string>());
        Assert.Equal("test-user", listed["createdBy"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_a_release_When_a_late_application_is_counted_in_a_new_release_Then_it_is_a_revision_listing_what_changed()
    {
        var caseworker = app.ClientAs("caseworker");
        for (var i = 0; i < 6; i++) await caseworker.RegisterAsync(Api.Application("2022-03-10"));
        await app.EventsDelivered();
        var first = await _statistician.ReleaseAsync("2022-01-01", "2022-12-31", "applications.received");
        var before = await (await _statistician.GetAsync($"/api/statistics/releases/{first["id"]}")).Content.ReadAsByteArrayAsync();
        for (var i = 0; i < 5; i++) await caseworker.RegisterAsync(Api.Application("2022-11-20"));

        var revision = await _statistician.ReleaseAsync("2022-01-01", "2022-12-31", "applications.received");

        Assert.Equal(2, revision["version"]!.GetValue<int>());
        Assert.Equal(first["id"]!.GetValue<string>(), revision["revises"]!.GetValue<string>());
        var total = revision["revisions"]!.AsArray().Single(r => r!["cell"]!.AsObject().Count == 0)!;
        Assert.Equal(6, total["was"]!["value"]!.GetValue<long>());
        Assert.Equal(11, total["now"]!["value"]!.GetValue<long>());
        Assert.Equal(before, await (await _statistician.GetAsync($"/api/statistics/releases/{first["id"]}")).Content.ReadAsByteArrayAsync());
        Assert.Equal(11, (await _statistician.Indicator("applications.received", "year=2022")).Total());
    }

    [Fact]
    public async Task Given_an_indicator_not_in_the_release_When_read_later_Then_it_comes_from_the_release_s_snapshot_not_from_newer_data()
    {
        var caseworker = app.ClientAs("caseworker");
        for (var i = 0; i < 6; i++) await caseworker.RegisterAsync(Api.Application("2023-02-10"));
        await app.EventsDelivered();
        await _statistician.ReleaseAsync("2023-01-01", "2023-03-31", "applications.received");
        for (var i = 0; i < 5; i++) await caseworker.RegisterAsync(Api.Application("2023-02-20"));
        await app.EventsDelivered();

        var later = await _statistician.GetAsync("/api/statistics/indicators/applications.by-referrer?from=2023-01-01&to=2023-03-31");
        var again = await _statistician.GetAsync("/api/statistics/indicators/applications.by-referrer?from=2023-01-01&to=2023-03-31");

        await later.ShouldBe(HttpStatusCode.OK);
        var table = JsonNode.Parse(await later.Content.ReadAsStringAsync())!;
        Assert.Equal(6, table.Total());
        Assert.Equal(await later.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Given_a_write_just_before_a_release_When_releasing_Then_the_release_waits_for_it_and_counts_it()
    {
        var caseworker = app.ClientAs("caseworker");
        for (var i = 0; i < 5; i++) await caseworker.RegisterAsync(Api.Application("2020-07-01"));

        var release = await _statistician.ReleaseAsync("2020-07-01", "2020-07-31", "applications.received");

        Assert.Equal(5, release["tables"]![0]!.Total());
    }

    [Fact]
    public async Task Given_a_release_When_asked_for_csv_Then_a_row_per_published_value()
    {
        for (var i = 0; i < 5; i++) await app.ClientAs("caseworker").RegisterAsync(Api.Application("2019-05-10"));
        await app.EventsDelivered();
        var release = await _statistician.ReleaseAsync("2019-05-01", "2019-05-31", "applications.by-referrer");

        var response = await _statistician.GetAsync($"/api/statistics/releases/{release["id"]}?format=csv");

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("release,version,indicator,from,to,cell,value,suppressed", lines[0]);
        Assert.Contains($"{release["id"]},1,applications.by-referrer,2019-05-01,2019-05-31,referrerType=reception-centre,5,false", lines);
        Assert.EndsWith("total,5,false", lines[^1]);
        await (await _statistician.GetAsync($"/api/statistics/releases/{release["id"]}?format=pdf")).ShouldBeProblem(HttpStatusCode.BadRequest, "format");
        await (await _statistician.GetAsync($"/api/statistics/releases/{Guid.NewGuid()}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_values_released_under_a_lower_threshold_When_the_threshold_is_raised_Then_a_release_is_refused_with_409_saying_why()
    {
        using var lenient = TildaApp.WithSettings(("Statistics:Disclosure:Threshold", "3"));
        var statistician = lenient.ClientAs("statistician");
        await statistician.GetJson("/api/statistics/indicators");
        // Three applications referred by the police: published under k = 3, a small group under k = 5.
        var applications = Enumerable.Range(1, 3).Select(i => new SyntheticFact(FactTypes.ApplicationReceived, 100 + i, new DateOnly(2025, 5, i), null,
            new Dictionary<string, string> { ["referrerType"] = "police", ["channel"] = "written", ["urgent"] = "false", ["applicantRole"] = "presumed-victim",
                ["reapplication"] = "false", ["sex"] = "female", ["citizenship"] = "NGA", ["residenceStatus"] = "asylum-seeker",
                ["hasMunicipalityOfResidence"] = "false", ["exploitationLocation"] = "finland", ["minorAtTime"] = "false" }));
        await FactStore.FillAsync(TestProvider.DatabaseSettings(lenient.DatabaseFile), applications, DateTime.UtcNow);
        var released = await statistician.ReleaseAsync("2025-01-01", "2025-12-31", "applications.by-referrer");
        Assert.Equal(3, released["tables"]![0]!.Cells()["police"]);

        using var strict = TildaApp.Open(lenient.Folder, lenient.DatabaseFile, new Dictionary<string, string?> { ["Statistics:Disclosure:Threshold"] = "5" });
        var refused = await strict.ClientAs("statistician").PostJson("/api/statistics/releases",
            Infrastructure.Statistics.ReleaseBody("2025-01-01", "2025-12-31", ["applications.received"]));

        var problem = await refused.ShouldBeProblem(HttpStatusCode.Conflict);
        Assert.Contains("Statistics:Disclosure:Threshold", problem["detail"]!.GetValue<string>());
        Assert.Single((await strict.ClientAs("statistician").GetJson("/api/statistics/releases")).AsArray());
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
    [InlineData("auditor")]
    public async Task Given_a_role_other_than_statistician_When_reading_or_releasing_statistics_Then_403(string role)
    {
        var client = app.ClientAs(role);

        await (await client.GetAsync("/api/statistics/indicators")).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await client.GetAsync("/api/statistics/indicators/clients.new?year=2024")).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await client.GetAsync("/api/statistics/reports/annual/2024")).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await client.GetAsync("/api/statistics/releases")).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await client.PostJson("/api/statistics/releases", Release("2015-01-01", "2015-12-31", "clients.new"))).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Given_no_token_When_releasing_Then_401()
    {
        await (await app.ClientAs().PostJson("/api/statistics/releases", Release("2015-01-01", "2015-12-31", "clients.new"))).ShouldBeProblem(HttpStatusCode.Unauthorized);
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
        Assert.Contains(admission["dimensions"]!.AsArray(), d => d!["name"]!.GetValue<string>() == "ageBand" && d["derived"]!.GetValue<bool>());
        Assert.DoesNotContain(admission["dimensions"]!.AsArray(), d => d!["name"]!.GetValue<string>() == "episode");
    }
}
