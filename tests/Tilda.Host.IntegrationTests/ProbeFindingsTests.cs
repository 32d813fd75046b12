using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using Tilda.Host.IntegrationTests.Infrastructure;

namespace Tilda.Host.IntegrationTests;

/// <summary>What an outside probe found: repeated JSON keys, paging past the end, caching headers, tokens without a
/// usable subject, error bodies that grow with the request, refused attempts missing from the audit log.</summary>
public sealed class ProbeFindingsTests(TildaApp app) : IClassFixture<TildaApp>
{
    private readonly HttpClient _caseworker = app.ClientAs("caseworker", "decision-maker");

    private Task<HttpResponseMessage> Patch(Guid caseId, string body, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/cases/{caseId}/person") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return _caseworker.SendAsync(request);
    }

    [Fact]
    public async Task Given_a_repeated_key_When_patching_the_person_Then_400_names_the_field_and_nothing_changes()
    {
        var (_, caseId) = await _caseworker.RegisterAsync();
        var before = await _caseworker.GetAsync($"/api/cases/{caseId}");

        var response = await Patch(caseId, """{ "sex": "male", "sex": "female" }""", before.Headers.ETag!.ToString());

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "$.sex");
        Assert.Contains("more than once", problem["errors"]!["$.sex"]![0]!.GetValue<string>());
        var after = await _caseworker.GetAsync($"/api/cases/{caseId}");
        Assert.Equal(before.Headers.ETag, after.Headers.ETag);
        Assert.Equal("female", (await after.Json())["person"]!["sex"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"sex\"")]
    [InlineData("null")]
    [InlineData("1")]
    public async Task Given_a_patch_that_is_not_a_json_object_When_patching_Then_400_and_nothing_changes(string body)
    {
        var (_, caseId) = await _caseworker.RegisterAsync();
        var before = await _caseworker.GetAsync($"/api/cases/{caseId}");

        await (await Patch(caseId, body, before.Headers.ETag!.ToString())).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.Equal(before.Headers.ETag, (await _caseworker.GetAsync($"/api/cases/{caseId}")).Headers.ETag);
    }

    [Theory]
    [InlineData("\"consentGiven\": true,", "\"consentGiven\": false, \"consentGiven\": true,", "$.consentGiven")]
    [InlineData("\"sex\": \"female\",", "\"sex\": \"male\", \"sex\": \"female\",", "$.person.sex")]
    public async Task Given_a_repeated_key_When_registering_Then_400_names_the_field_and_nothing_is_written(string once, string twice, string field)
    {
        var json = Api.Application(surname: "Toistettu").ToJsonString().Replace(once.Replace(" ", ""), twice, StringComparison.Ordinal);
        Assert.Contains(twice, json);
        var applications = await DatabaseFile.CountAsync(app.DatabaseFile, "cases_applications");

        var response = await _caseworker.PostRaw("/api/applications", json);

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, field);
        Assert.Equal(applications, await DatabaseFile.CountAsync(app.DatabaseFile, "cases_applications"));
    }

    [Fact]
    public async Task Given_a_repeated_key_When_deciding_Then_400_and_no_decision()
    {
        var (applicationId, _) = await _caseworker.RegisterAsync();
        var body = $$"""{ "applicationId": "{{applicationId}}", "decidedOn": "2025-03-20", "outcome": "rejected", "outcome": "admitted" }""";

        await (await _caseworker.PostRaw("/api/decisions/admission", body)).ShouldBeProblem(HttpStatusCode.BadRequest, "$.outcome");

        Assert.Equal(0, await DatabaseFile.CountAsync(app.DatabaseFile, "decisions_admission_decisions", $"\"ApplicationId\" = {Sql.Id(applicationId)}"));
    }

    [Theory]
    [InlineData("/api/cases", "caseworker", "page=2147483647", "page")]
    [InlineData("/api/cases", "caseworker", "page=2147483647&pageSize=1", "page")]
    [InlineData("/api/cases", "caseworker", "pageSize=2147483647", "pageSize")]
    [InlineData("/api/cases", "caseworker", "page=2147483648", "page")]
    [InlineData("/api/audit", "auditor", "page=2147483647", "page")]
    [InlineData("/api/audit", "auditor", "page=2147483647&pageSize=1", "page")]
    [InlineData("/api/audit", "auditor", "pageSize=2147483647", "pageSize")]
    [InlineData("/api/audit", "auditor", "page=-2147483648", "page")]
    public async Task Given_a_page_far_beyond_the_end_When_listing_Then_400_not_the_first_page(string list, string role, string query, string field)
    {
        await _caseworker.RegisterAsync();

        var response = await app.ClientAs(role).GetAsync($"{list}?{query}");

        await response.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Json();
        Assert.True(problem["errors"]?.AsObject().Any(e => e.Key.Equals(field, StringComparison.OrdinalIgnoreCase)) == true, problem.ToJsonString());
    }

    [Fact]
    public async Task Given_a_case_When_read_Then_no_browser_or_proxy_may_store_it_and_no_response_may_be_sniffed()
    {
        var (_, caseId) = await _caseworker.RegisterAsync();

        var read = await _caseworker.GetAsync($"/api/cases/{caseId}");
        var missing = await _caseworker.GetAsync($"/api/cases/{Guid.NewGuid()}");
        var refused = await app.ClientAs("statistician").GetAsync($"/api/cases/{caseId}");
        var health = await app.CreateClient().GetAsync("/health/live");

        foreach (var response in new[] { read, missing, refused })
        {
            Assert.True(response.Headers.CacheControl?.NoStore, $"{(int)response.StatusCode}: Cache-Control {response.Headers.CacheControl}");
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        }
        Assert.Equal("nosniff", Assert.Single(health.Headers.GetValues("X-Content-Type-Options")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(101)]
    public async Task Given_a_validly_signed_token_without_a_usable_subject_When_calling_Then_401_and_nothing_is_written(object? subject)
    {
        List<Claim> claims = [new("role", "caseworker")];
        if (subject is string text) claims.Add(new Claim("sub", text));
        if (subject is int length) claims.Add(new Claim("sub", new string('a', length)));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TildaApp.Token(claims));
        var applications = await DatabaseFile.CountAsync(app.DatabaseFile, "cases_applications");

        await (await client.PostJson("/api/applications", Api.Application())).ShouldBeProblem(HttpStatusCode.Unauthorized);

        Assert.Equal(applications, await DatabaseFile.CountAsync(app.DatabaseFile, "cases_applications"));
    }

    [Fact]
    public async Task Given_a_subject_of_the_longest_allowed_length_When_it_changes_a_case_Then_the_audit_log_keeps_it_whole()
    {
        var user = new string('u', 99) + "Z";

        var (_, caseId) = await app.ClientFor(user, "caseworker").RegisterAsync();

        var log = await app.ClientAs("auditor").GetJson($"/api/audit?caseId={caseId}");
        Assert.Contains(log["items"]!.AsArray(), e => e!["user"]!.GetValue<string>() == user);
    }

    [Fact]
    public async Task Given_a_body_of_a_megabyte_of_unknown_keys_When_patching_Then_the_error_lists_a_few_and_says_how_many()
    {
        var (_, caseId) = await _caseworker.RegisterAsync();
        var etag = (await _caseworker.GetAsync($"/api/cases/{caseId}")).Headers.ETag!.ToString();
        var body = new StringBuilder("{");
        var keys = 0;
        while (body.Length < 1000 * 1000) body.Append(keys++ == 0 ? "" : ",").Append($"\"unknown{keys:D7}\":1");
        body.Append('}');

        var response = await Patch(caseId, body.ToString(), etag);

        var problem = await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        Assert.True(problem["errors"]!.AsObject().Count <= 20, $"{problem["errors"]!.AsObject().Count} errors listed");
        Assert.Contains($"{keys} fields have errors", problem["detail"]!.GetValue<string>());
        Assert.True(response.Content.Headers.ContentLength < 10_000, $"{response.Content.Headers.ContentLength} bytes");
    }

    [Fact]
    public async Task Given_users_without_the_role_When_they_try_case_routes_Then_the_auditor_sees_who_tried_what()
    {
        var (applicationId, caseId) = await _caseworker.RegisterAsync();

        await (await app.ClientFor("curious-statistician", "statistician").GetAsync($"/api/cases/{caseId}")).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await app.ClientFor("eager-caseworker", "caseworker").PostJson("/api/decisions/admission", Api.Admission(applicationId))).ShouldBeProblem(HttpStatusCode.Forbidden);

        var auditor = app.ClientFor("dpo", "auditor");
        var onCase = (await auditor.GetJson($"/api/audit?caseId={caseId}"))["items"]!.AsArray();
        Assert.Contains(onCase, e => e!["user"]!.GetValue<string>() == "curious-statistician" && e["action"]!.GetValue<string>() == "read"
            && e["route"]!.GetValue<string>() == "/api/cases/{caseId:guid}" && e["status"]!.GetValue<int>() == 403);
        var byUser = (await auditor.GetJson("/api/audit?user=eager-caseworker"))["items"]!.AsArray();
        var attempt = Assert.Single(byUser)!;
        Assert.Equal(("changed", "POST", "/api/decisions/admission", 403), (attempt["action"]!.GetValue<string>(), attempt["method"]!.GetValue<string>(),
            attempt["route"]!.GetValue<string>(), attempt["status"]!.GetValue<int>()));
        Assert.Null(attempt["caseId"]);
    }
}
