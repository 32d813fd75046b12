using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Tilda.Host.IntegrationTests.Infrastructure;

namespace Tilda.Host.IntegrationTests;

public sealed class IndicatorDefinitionTests
{
    private static JsonObject Definition(string id = "greta.new-victims.by-sex-and-age") => new()
    {
        ["id"] = id,
        ["title"] = new JsonObject { ["fi"] = "Uudet uhrit sukupuolen ja iän mukaan", ["sv"] = "Nya offer per kön och ålder", ["en"] = "New victims by sex and age" },
        ["unit"] = "persons",
        ["fact"] = "admission-decided",
        ["filter"] = new JsonObject { ["outcome"] = new JsonArray("admitted") },
        ["dimensions"] = new JsonArray("sex", "ageGroup"),
        ["count"] = "distinct-persons",
        ["requesters"] = new JsonArray("GRETA"),
    };

    private static async Task AdmitAsync(HttpClient client, int count, string sex, string birthDate = "1990-01-01")
    {
        for (var i = 0; i < count; i++)
        {
            var body = Api.Application("2024-09-02");
            body["person"]!["sex"] = sex;
            body["person"]!["birthDate"] = birthDate;
            var (applicationId, _) = await client.RegisterAsync(body);
            await client.DecideAsync(Api.Admission(applicationId, "2024-09-10"));
        }
    }

    [Fact]
    public async Task Given_a_new_request_When_an_admin_defines_an_indicator_Then_it_is_listed_and_computed_at_once_with_disclosure_control()
    {
        using var app = new TildaApp();
        var caseworker = app.ClientAs("caseworker", "decision-maker");
        await AdmitAsync(caseworker, 6, "female");
        await AdmitAsync(caseworker, 7, "male");
        await AdmitAsync(caseworker, 2, "female", birthDate: "2008-01-01");
        await app.EventsDelivered();

        var created = await app.ClientAs("admin").PostJson("/api/statistics/indicator-definitions", Definition());

        await created.ShouldBe(HttpStatusCode.Created);
        Assert.Equal("/api/statistics/indicator-definitions/greta.new-victims.by-sex-and-age", created.Headers.Location!.OriginalString);
        var statistician = app.ClientAs("statistician");
        var listed = (await statistician.GetJson("/api/statistics/indicators")).AsArray().Single(i => i!["id"]!.GetValue<string>() == "greta.new-victims.by-sex-and-age")!;
        Assert.Equal("definition:v1", listed["source"]!.GetValue<string>());
        var table = await statistician.Indicator("greta.new-victims.by-sex-and-age");
        Assert.Equal(15, table.Total());
        Assert.Null(table.Cells()["female|minor"]);
        Assert.Equal(1, table["disclosure"]!["primarySuppressed"]!.GetValue<int>());
        Assert.True(table["disclosure"]!["secondarySuppressed"]!.GetValue<int>() >= 1, "the small cell must not be recoverable from the total");
        Assert.Equal(3, table.Cells().Count);
    }

    [Fact]
    public async Task Given_a_definition_When_updated_and_deleted_Then_each_version_stays_readable()
    {
        using var app = new TildaApp();
        var admin = app.ClientAs("admin");
        await (await admin.PostJson("/api/statistics/indicator-definitions", Definition("ministry.rejections"))).ShouldBe(HttpStatusCode.Created);
        var changed = Definition("ministry.rejections");
        changed["dimensions"] = new JsonArray("sex");
        var put = new HttpRequestMessage(HttpMethod.Put, "/api/statistics/indicator-definitions/ministry.rejections")
        {
            Content = new StringContent(changed.ToJsonString(), Encoding.UTF8, "application/json"),
        };

        await (await admin.SendAsync(put)).ShouldBe(HttpStatusCode.OK);

        var latest = await admin.GetJson("/api/statistics/indicator-definitions/ministry.rejections");
        Assert.Equal(2, latest["version"]!.GetValue<int>());
        Assert.Single(latest["definition"]!["dimensions"]!.AsArray());
        var first = await admin.GetJson("/api/statistics/indicator-definitions/ministry.rejections?version=1");
        Assert.Equal(2, first["definition"]!["dimensions"]!.AsArray().Count);

        await (await admin.DeleteAsync("/api/statistics/indicator-definitions/ministry.rejections")).ShouldBe(HttpStatusCode.NoContent);
        await (await admin.GetAsync("/api/statistics/indicator-definitions/ministry.rejections")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await app.ClientAs("statistician").GetAsync("/api/statistics/indicators/ministry.rejections?year=2024")).ShouldBeProblem(HttpStatusCode.NotFound);
        Assert.Equal(2, (await admin.GetJson("/api/statistics/indicator-definitions/ministry.rejections?version=2"))["version"]!.GetValue<int>());
    }

    public static TheoryData<string, Action<JsonObject>> InvalidDefinitions => new()
    {
        { "fact", d => d["fact"] = "coffee-drunk" },
        { "dimensions", d => d["dimensions"] = new JsonArray("favouriteColour") },
        { "dimensions", d => d["dimensions"] = new JsonArray("sex", "ageGroup", "citizenship") },
        { "filter.outcome", d => d["filter"] = new JsonObject { ["outcome"] = new JsonArray("maybe") } },
        { "filter.shoeSize", d => d["filter"] = new JsonObject { ["shoeSize"] = new JsonArray("42") } },
        { "count", d => d["count"] = "sum" },
        { "id", d => d["id"] = "Has Spaces" },
        { "id", d => d["id"] = "clients.new" },
        { "title", d => d["title"] = new JsonObject { ["fi"] = "vain suomeksi", ["sv"] = "", ["en"] = "" } },
        { "unit", d => d.Remove("unit") },
        { "filter.outcome", d => d["filter"] = new JsonObject { ["outcome"] = new JsonArray("admitted", null) } },
        { "title", d => d["title"]!["en"] = "Rejections \u202Eevil" },
        { "title", d => d["title"]!["fi"] = "Hylkäykset\u0007" },
    };

    [Theory]
    [MemberData(nameof(InvalidDefinitions))]
    public async Task Given_a_definition_that_does_not_fit_the_fact_catalogue_When_posted_Then_422_and_nothing_stored(string field, Action<JsonObject> spoil)
    {
        using var app = new TildaApp();
        var definition = Definition();
        spoil(definition);

        await (await app.ClientAs("admin").PostJson("/api/statistics/indicator-definitions", definition)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, field);

        Assert.Equal(0, await DatabaseFile.CountAsync(app.DatabaseFile, "statistics_indicator_definitions"));
    }

    [Fact]
    public async Task Given_an_existing_definition_When_posted_again_Then_409()
    {
        using var app = new TildaApp();
        var admin = app.ClientAs("admin");
        await (await admin.PostJson("/api/statistics/indicator-definitions", Definition())).ShouldBe(HttpStatusCode.Created);

        await (await admin.PostJson("/api/statistics/indicator-definitions", Definition())).ShouldBeProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Given_a_statistician_When_posting_a_definition_Then_403()
    {
        using var app = new TildaApp();

        await (await app.ClientAs("statistician").PostJson("/api/statistics/indicator-definitions", Definition())).ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
