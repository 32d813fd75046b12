using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Tilda.Host.IntegrationTests.Infrastructure;

namespace Tilda.Host.IntegrationTests;

public sealed class CasesTests(TildaApp app) : IClassFixture<TildaApp>
{
    private readonly HttpClient _caseworker = app.ClientAs("caseworker");

    private Task<HttpResponseMessage> Patch(Guid caseId, string body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/cases/{caseId}/person")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return _caseworker.SendAsync(request);
    }

    [Fact]
    public async Task Given_a_case_When_read_Then_it_has_an_etag_and_the_person()
    {
        var (_, caseId) = await _caseworker.RegisterAsync();

        var response = await _caseworker.GetAsync($"/api/cases/{caseId}");

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.NotNull(response.Headers.ETag);
        var @case = await response.Json();
        Assert.Equal(caseId, @case["caseId"]!.GetValue<Guid>());
        Assert.Equal("NGA", @case["person"]!["citizenships"]![0]!.GetValue<string>());
        Assert.Equal("2025-03-14", @case["openedOn"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_an_unknown_case_When_read_Then_404()
    {
        await (await _caseworker.GetAsync($"/api/cases/{Guid.NewGuid()}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_the_current_etag_When_patching_the_residence_status_Then_it_changes_and_the_etag_moves_on()
    {
        var (_, caseId) = await _caseworker.RegisterAsync();
        var etag = (await _caseworker.GetAsync($"/api/cases/{caseId}")).Headers.ETag!.ToString();

        var response = await Patch(caseId, """{ "residenceStatus": "residence-permit" }""", etag);

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.NotEqual(etag, response.Headers.ETag!.ToString());
        var @case = await _caseworker.GetJson($"/api/cases/{caseId}");
        Assert.Equal("residence-permit", @case["person"]!["residenceStatus"]!.GetValue<string>());
        Assert.Equal("female", @case["person"]!["sex"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_a_stale_etag_When_patching_Then_412_and_nothing_changes()
    {
        var (_, caseId) = await _caseworker.RegisterAsync();
        var etag = (await _caseworker.GetAsync($"/api/cases/{caseId}")).Headers.ETag!.ToString();
        await (await Patch(caseId, """{ "surname": "Uusi" }""", etag)).ShouldBe(HttpStatusCode.OK);

        var response = await Patch(caseId, """{ "surname": "Toinen" }""", etag);

        await response.ShouldBeProblem(HttpStatusCode.PreconditionFailed);
        var @case = await _caseworker.GetJson($"/api/cases/{caseId}");
        Assert.Equal("Uusi", @case["person"]!["surname"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_no_if_match_When_patching_Then_428()
    {
        var (_, caseId) = await _caseworker.RegisterAsync();

        await (await Patch(caseId, """{ "surname": "Uusi" }""", null)).ShouldBeProblem(HttpStatusCode.PreconditionRequired);
    }

    [Theory]
    [InlineData("""{ "residenceStatus": "tourist" }""", "residenceStatus")]
    [InlineData("""{ "citizenships": [] }""", "citizenships")]
    [InlineData("""{ "givenNames": null }""", "givenNames")]
    [InlineData("""{ "caseId": "x" }""", "caseId")]
    public async Task Given_an_invalid_change_When_patching_Then_422_and_nothing_changes(string body, string field)
    {
        var (_, caseId) = await _caseworker.RegisterAsync();
        var before = await _caseworker.GetAsync($"/api/cases/{caseId}");

        var response = await Patch(caseId, body, before.Headers.ETag!.ToString());

        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, field);
        var after = await _caseworker.GetAsync($"/api/cases/{caseId}");
        Assert.Equal(before.Headers.ETag, after.Headers.ETag);
        Assert.Equal((await before.Json()).ToJsonString(), (await after.Json()).ToJsonString());
    }

    [Fact]
    public async Task Given_a_new_birth_date_When_patching_Then_the_birth_year_follows()
    {
        var (_, caseId) = await _caseworker.RegisterAsync();
        var etag = (await _caseworker.GetAsync($"/api/cases/{caseId}")).Headers.ETag!.ToString();

        await (await Patch(caseId, """{ "birthDate": "1999-12-31" }""", etag)).ShouldBe(HttpStatusCode.OK);

        var person = (await _caseworker.GetJson($"/api/cases/{caseId}"))["person"]!;
        Assert.Equal(1999, person["birthYear"]!.GetValue<int>());
    }

    [Fact]
    public async Task Given_cases_When_searching_by_part_of_a_name_in_any_case_Then_only_matching_cases_are_listed()
    {
        var marker = "Ämmälä" + Random.Shared.Next(1000, 9999);
        await _caseworker.RegisterAsync(Api.Application(givenNames: "Öllö", surname: marker));
        await _caseworker.RegisterAsync(Api.Application(givenNames: "Bertta", surname: marker));
        await _caseworker.RegisterAsync(Api.Application(givenNames: "Öllö", surname: "Muu"));

        var page = await _caseworker.GetJson($"/api/cases?q={Uri.EscapeDataString("öllö " + marker.ToLowerInvariant())}");

        Assert.Equal(1, page["total"]!.GetValue<int>());
        Assert.Equal(marker, page["items"]![0]!["surname"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_many_cases_When_paging_Then_pages_partition_the_total()
    {
        var marker = "Sivu" + Random.Shared.Next(1000, 9999);
        for (var i = 0; i < 5; i++) await _caseworker.RegisterAsync(Api.Application(givenNames: $"N{i}", surname: marker));

        var first = await _caseworker.GetJson($"/api/cases?q={marker}&page=1&pageSize=2");
        var third = await _caseworker.GetJson($"/api/cases?q={marker}&page=3&pageSize=2");

        Assert.Equal(5, first["total"]!.GetValue<int>());
        Assert.Equal(2, first["items"]!.AsArray().Count);
        Assert.Single(third["items"]!.AsArray());
        Assert.Equal(3, third["page"]!.GetValue<int>());
        Assert.Equal(2, third["pageSize"]!.GetValue<int>());
    }

    [Fact]
    public async Task Given_cases_in_different_states_When_filtering_by_status_Then_only_that_status_is_listed()
    {
        var marker = "Tila" + Random.Shared.Next(1000, 9999);
        var (applicationId, clientCase) = await _caseworker.RegisterAsync(Api.Application(surname: marker));
        await _caseworker.RegisterAsync(Api.Application(surname: marker));
        await app.ClientAs("decision-maker").DecideAsync(Api.Admission(applicationId));
        await _caseworker.WaitForCaseStatus(clientCase, "client");

        var clients = await _caseworker.GetJson($"/api/cases?q={marker}&status=client");

        Assert.Equal(1, clients["total"]!.GetValue<int>());
        Assert.Equal(clientCase, clients["items"]![0]!["caseId"]!.GetValue<Guid>());
    }

    [Theory]
    [InlineData("status=sleeping", "status")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=1000", "pageSize")]
    [InlineData("page=0", "page")]
    public async Task Given_bad_search_parameters_When_searching_Then_400(string query, string field)
    {
        await (await _caseworker.GetAsync($"/api/cases?{query}")).ShouldBeProblem(HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Given_a_statistician_When_reading_a_case_Then_403()
    {
        var (_, caseId) = await _caseworker.RegisterAsync();

        await (await app.ClientAs("statistician").GetAsync($"/api/cases/{caseId}")).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await app.ClientAs("statistician").GetAsync("/api/cases")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
