using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Tilda.Host.IntegrationTests.Infrastructure;

namespace Tilda.Host.IntegrationTests;

/// <summary>Regressions from a code review: period differencing, and malformed input that used to give 500.</summary>
public sealed class ReviewRegressionTests(TildaApp app) : IClassFixture<TildaApp>
{
    [Fact]
    public async Task Given_a_year_of_small_monthly_counts_When_half_year_and_quarters_are_requested_Then_no_suppressed_quarter_is_their_difference()
    {
        var caseworker = app.ClientAs("caseworker");
        int[] monthly = [4, 2, 0, 0, 4, 0, 0, 6, 3, 0, 0, 5];
        for (var m = 0; m < 12; m++)
            for (var i = 0; i < monthly[m]; i++)
                await caseworker.RegisterAsync(Api.Application($"2022-{m + 1:00}-10"));
        await app.EventsDelivered();
        var statistician = app.ClientAs("statistician");

        async Task<long?> Total(string query) => (await statistician.Indicator("applications.received", query)).Total();
        var h1 = await Total("from=2022-01-01&to=2022-06-30");
        var q1 = await Total("from=2022-01-01&to=2022-03-31");
        var q2 = await Total("from=2022-04-01&to=2022-06-30");
        var yearFromQuarterView = await Total("year=2022");

        if (q2 is null) Assert.False(h1 is not null && q1 is not null, $"Q2 = H1 {h1} − Q1 {q1} is revealed");
        if (q1 is null) Assert.False(h1 is not null && q2 is not null, $"Q1 = H1 {h1} − Q2 {q2} is revealed");
        Assert.Equal(24, yearFromQuarterView);
    }

    [Theory]
    [InlineData("exploitation.forms[2]", "forms")]
    [InlineData("dependentChildren[0]", "children")]
    public async Task Given_a_null_inside_a_list_When_registered_Then_422_not_500(string field, string which)
    {
        var body = Api.Application();
        if (which == "forms") body["exploitation"]!["forms"]!.AsArray().Add(null);
        else body["dependentChildren"] = new JsonArray((JsonNode?)null);

        await (await app.ClientAs("caseworker").PostJson("/api/applications", body)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, field);
    }

    [Theory]
    [InlineData("""{ "givenNames": 5 }""")]
    [InlineData("""{ "birthDate": "2025-13-45" }""")]
    [InlineData("""{ "citizenships": "NGA" }""")]
    public async Task Given_a_patch_value_of_the_wrong_type_When_patching_Then_400_not_500(string patch)
    {
        var caseworker = app.ClientAs("caseworker");
        var (_, caseId) = await caseworker.RegisterAsync();
        var etag = (await caseworker.GetAsync($"/api/cases/{caseId}")).Headers.ETag!.ToString();
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/cases/{caseId}/person") { Content = new StringContent(patch, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("If-Match", etag);

        await (await caseworker.SendAsync(request)).ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Given_an_identity_code_that_contradicts_the_birth_year_When_registered_Then_422()
    {
        var body = Api.Application();
        body["person"]!["birthDate"] = null;
        body["person"]!["birthYear"] = 1996;
        body["person"]!["personalIdentityCode"] = "131052-308T";

        await (await app.ClientAs("caseworker").PostJson("/api/applications", body)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "person.personalIdentityCode");
    }

    [Fact]
    public async Task Given_a_definition_with_a_null_dimension_When_posted_Then_422_not_500()
    {
        var definition = new JsonObject
        {
            ["id"] = "review.null-dimension", ["unit"] = "persons", ["fact"] = "admission-decided", ["count"] = "facts",
            ["title"] = new JsonObject { ["fi"] = "a", ["sv"] = "b", ["en"] = "c" }, ["dimensions"] = new JsonArray((JsonNode?)null),
        };

        await (await app.ClientAs("admin").PostJson("/api/statistics/indicator-definitions", definition)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "dimensions");
    }
}
