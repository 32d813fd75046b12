using System.Net;
using System.Text.Json.Nodes;
using Tilda.Host.IntegrationTests.Infrastructure;

namespace Tilda.Host.IntegrationTests;

/// <summary>Requester packs and code mappings as versioned data (docs/product.md §7): the shipped ones, an administrator's next version,
/// and what is refused — with nothing written.</summary>
public sealed class PacksTests : IDisposable
{
    private readonly TildaApp _app = new();
    private readonly HttpClient _statistician;
    private readonly HttpClient _admin;

    public PacksTests()
    {
        _statistician = _app.ClientAs("statistician");
        _admin = _app.ClientAs("admin");
    }

    [Fact]
    public async Task Given_a_new_install_When_listing_packs_Then_the_five_packs_every_install_has_are_there_with_their_tables_and_period_kinds()
    {
        var packs = (await _statistician.GetJson("/api/statistics/packs")).AsArray().ToDictionary(p => p!["id"]!.GetValue<string>(), p => p!);

        Assert.Equal(["coe-greta", "eu-thb", "fi-annual", "un-glotip", "us-tip"], packs.Keys.Order());
        Assert.All(packs.Values, p => Assert.Equal(("built-in", 1), (p["source"]!.GetValue<string>(), p["version"]!.GetValue<int>())));
        Assert.Equal("april-march", packs["us-tip"]["periodKind"]!.GetValue<string>());
        Assert.Equal("calendar-year", packs["eu-thb"]["periodKind"]!.GetValue<string>());
        Assert.Equal(15, packs["fi-annual"]["tables"]!.AsArray().Count);
        var euThb = await _statistician.GetJson("/api/statistics/packs/eu-thb");
        Assert.Contains(euThb["notes"]!.AsArray(), n => n!["kind"]!.GetValue<string>() == "cannot-answer");
        Assert.Equal("eurostat-citizenship-group@1", euThb["tables"]![1]!["dimensions"]![0]!["mapping"]!.GetValue<string>());
        // Every shipped mapping passed its checks and is stored.
        var mappings = (await _statistician.GetJson("/api/statistics/code-mappings")).AsArray().Select(m => m!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(20, mappings.Count);
    }

    /// <summary>A stored version as a body to save again: without what the store adds.</summary>
    private async Task<JsonObject> BodyOf(string url)
    {
        var body = (await _admin.GetJson(url)).AsObject();
        foreach (var added in new[] { "version", "source", "createdAt", "createdBy" }) body.Remove(added);
        return body;
    }

    [Fact]
    public async Task Given_an_administrator_When_saving_a_shipped_pack_Then_it_is_its_next_version_and_the_shipped_one_reads_as_before()
    {
        var shipped = (await _statistician.GetJson("/api/statistics/packs/eu-thb")).ToJsonString();
        var body = await BodyOf("/api/statistics/packs/eu-thb");
        body["title"]!["en"] = "Eurostat: victims of trafficking (revised)";

        var response = await _admin.PutAsync("/api/statistics/packs/eu-thb", Json(body));

        await response.ShouldBe(HttpStatusCode.OK);
        var saved = await response.Json();
        Assert.Equal((2, "admin"), (saved["version"]!.GetValue<int>(), saved["source"]!.GetValue<string>()));
        Assert.Equal("Eurostat: victims of trafficking (revised)", (await _statistician.GetJson("/api/statistics/packs/eu-thb"))["title"]!["en"]!.GetValue<string>());
        Assert.Equal(shipped, (await _statistician.GetJson("/api/statistics/packs/eu-thb?version=1")).ToJsonString());
        await (await _statistician.GetAsync("/api/statistics/packs/eu-thb?version=3")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_new_pack_naming_a_mapping_without_its_version_When_saved_Then_it_is_created_with_the_mapping_pinned()
    {
        var pack = Pack("ministry-review", "victims.identified.by-sex-age", new JsonObject { ["name"] = "SEX", ["from"] = new JsonArray("sex"), ["mapping"] = "eurostat-sex" });

        var response = await _admin.PutAsync("/api/statistics/packs/ministry-review", Json(pack));

        await response.ShouldBe(HttpStatusCode.Created);
        Assert.Equal("/api/statistics/packs/ministry-review", response.Headers.Location!.ToString());
        var saved = await _statistician.GetJson("/api/statistics/packs/ministry-review");
        Assert.Equal("eurostat-sex@1", saved["tables"]![0]!["dimensions"]![0]!["mapping"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_a_mapping_that_leaves_a_form_unmapped_When_a_pack_uses_it_Then_the_pack_is_refused_naming_the_code_and_nothing_is_written()
    {
        var forms = new JsonObject
        {
            ["from"] = new JsonArray("primaryForm"), ["codes"] = new JsonArray("SEX", "OTHER"),
            ["entries"] = new JsonArray(
                new JsonObject { ["when"] = new JsonObject { ["primaryForm"] = new JsonArray("sexual") }, ["to"] = "SEX" },
                new JsonObject { ["when"] = new JsonObject { ["primaryForm"] = new JsonArray("labour", "forced-criminality", "begging", "forced-marriage",
                    "organ-removal", "benefit-fraud", "illegal-adoption", "other") }, ["to"] = "OTHER" }),
        };
        await (await _admin.PutAsync("/api/statistics/code-mappings/two-forms", Json(forms))).ShouldBe(HttpStatusCode.Created);
        var pack = Pack("forms-review", "victims.identified.by-form", new JsonObject { ["name"] = "FORM", ["from"] = new JsonArray("primaryForm"), ["mapping"] = "two-forms@1" });

        var problem = await (await _admin.PutAsync("/api/statistics/packs/forms-review", Json(pack))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "tables[0].dimensions[0].mapping");

        Assert.Contains("'surrogacy' of primaryForm", problem["errors"]!["tables[0].dimensions[0].mapping"]![0]!.GetValue<string>());
        await (await _statistician.GetAsync("/api/statistics/packs/forms-review")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_packs_that_break_the_rules_When_saved_Then_each_is_refused_with_a_clear_problem_and_nothing_is_written()
    {
        var unknownIndicator = Pack("broken", "no.such.indicator", new JsonObject { ["name"] = "SEX", ["from"] = new JsonArray("sex") });
        await (await _admin.PutAsync("/api/statistics/packs/broken", Json(unknownIndicator))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "tables[0].indicator");

        var wrongDimension = Pack("broken", "victims.identified.by-sex-age", new JsonObject { ["name"] = "SEX", ["from"] = new JsonArray("citizenship") });
        await (await _admin.PutAsync("/api/statistics/packs/broken", Json(wrongDimension))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "tables[0].dimensions[0].from");

        var wrongKind = Pack("broken", "victims.identified.by-sex-age");
        wrongKind["periodKind"] = "fortnight";
        await (await _admin.PutAsync("/api/statistics/packs/broken", Json(wrongKind))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "periodKind");

        var otherId = Pack("other-id", "victims.identified.by-sex-age");
        await (await _admin.PutAsync("/api/statistics/packs/broken", Json(otherId))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "id");

        var stale = await BodyOf("/api/statistics/packs/eu-thb");
        stale["version"] = 5;
        await (await _admin.PutAsync("/api/statistics/packs/eu-thb", Json(stale))).ShouldBeProblem(HttpStatusCode.Conflict);

        await (await _statistician.PutAsync("/api/statistics/packs/broken", Json(Pack("broken", "victims.identified.by-sex-age")))).ShouldBe(HttpStatusCode.Forbidden);

        var packs = (await _statistician.GetJson("/api/statistics/packs")).AsArray();
        Assert.DoesNotContain(packs, p => p!["id"]!.GetValue<string>() == "broken");
        Assert.Equal(1, packs.Single(p => p!["id"]!.GetValue<string>() == "eu-thb")!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task Given_a_mapping_that_maps_a_code_twice_on_one_day_When_saved_Then_it_is_refused_naming_the_code()
    {
        var twice = new JsonObject
        {
            ["from"] = new JsonArray("sex"), ["codes"] = new JsonArray("F", "X"),
            ["entries"] = new JsonArray(
                new JsonObject { ["when"] = new JsonObject { ["sex"] = new JsonArray("female") }, ["to"] = "F" },
                new JsonObject { ["when"] = new JsonObject { ["sex"] = new JsonArray("female", "male") }, ["to"] = "X", ["validFrom"] = "2024-01-01" }),
        };

        var problem = await (await _admin.PutAsync("/api/statistics/code-mappings/twice", Json(twice))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "entries");

        Assert.Contains("'female' of sex twice on 2024-01-01", problem["errors"]!["entries"]![0]!.GetValue<string>());
        await (await _statistician.GetAsync("/api/statistics/code-mappings/twice")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("eu-thb@7", "2025-01-01", "2025-12-31", HttpStatusCode.NotFound, null)]
    [InlineData("eu-thb", "2025-04-01", "2026-03-31", HttpStatusCode.UnprocessableEntity, "period")]
    [InlineData("us-tip", "2025-01-01", "2025-12-31", HttpStatusCode.UnprocessableEntity, "period")]
    [InlineData("eu-thb", "2025-01-01", "2025-06-30", HttpStatusCode.UnprocessableEntity, "period")]
    public async Task Given_a_pack_version_that_does_not_exist_or_a_period_of_another_kind_When_releasing_Then_4xx_and_nothing_is_released(
        string pack, string from, string to, HttpStatusCode status, string? field)
    {
        var response = await _statistician.PostJson("/api/statistics/releases",
            new JsonObject { ["period"] = new JsonObject { ["from"] = from, ["to"] = to }, ["pack"] = pack });

        await response.ShouldBeProblem(status, field);
        Assert.Empty((await _statistician.GetJson("/api/statistics/releases")).AsArray());
    }

    [Fact]
    public async Task Given_both_a_pack_and_indicators_When_releasing_Then_422_and_nothing_is_released()
    {
        var response = await _statistician.PostJson("/api/statistics/releases", new JsonObject
        {
            ["period"] = new JsonObject { ["from"] = "2025-01-01", ["to"] = "2025-12-31" }, ["pack"] = "eu-thb", ["indicators"] = new JsonArray("clients.new"),
        });

        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "indicators");
        Assert.Empty((await _statistician.GetJson("/api/statistics/releases")).AsArray());
    }

    private static JsonObject Pack(string id, string indicator, params JsonObject[] dimensions) => new()
    {
        ["id"] = id,
        ["requester"] = "A ministry",
        ["title"] = new JsonObject { ["fi"] = "Katsaus", ["sv"] = "Översikt", ["en"] = "Review" },
        ["periodKind"] = "calendar-year",
        ["notes"] = new JsonArray(new JsonObject { ["kind"] = "method", ["topic"] = "Who", ["text"] = "Identified victims." }),
        ["tables"] = new JsonArray(new JsonObject
        {
            ["id"] = "T1", ["indicator"] = indicator, ["dimensions"] = new JsonArray([.. dimensions]),
        }),
    };

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    public void Dispose() => _app.Dispose();
}
