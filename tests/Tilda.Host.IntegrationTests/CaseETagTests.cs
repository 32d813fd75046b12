using System.Net;
using System.Text;
using Tilda.Host.IntegrationTests.Infrastructure;

namespace Tilda.Host.IntegrationTests;

/// <summary>The case's ETag is the person's version: it moves only when the person's details change, so a caseworker's
/// If-Match goes stale only when someone really edited the person.</summary>
public sealed class CaseETagTests(TildaApp app) : IClassFixture<TildaApp>
{
    private readonly HttpClient _caseworker = app.ClientAs("caseworker", "decision-maker");

    private Task<HttpResponseMessage> Patch(Guid caseId, string body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/cases/{caseId}/person") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return _caseworker.SendAsync(request);
    }

    [Fact]
    public async Task Given_a_caseworker_opened_the_case_When_it_is_decided_assessed_and_given_a_reflection_period_meanwhile_Then_the_etag_is_unchanged_and_their_edit_goes_through()
    {
        var body = Api.Application("2024-02-01");
        body["person"]!["residenceStatus"] = "irregular";
        var (applicationId, caseId) = await _caseworker.RegisterAsync(body);
        var opened = (await _caseworker.GetAsync($"/api/cases/{caseId}")).Headers.ETag!.ToString();

        await _caseworker.DecideAsync(Api.Admission(applicationId, "2024-02-10"));
        await (await _caseworker.PostJson("/api/service-needs/assessments", Casework.Assessment(caseId, "2024-02-15", ("legal-aid", "ngo", "2024-02-15", null)))).ShouldBe(HttpStatusCode.Created);
        await (await _caseworker.PostJson("/api/reflection-periods", Casework.ReflectionPeriod(caseId, "2024-02-12", "2024-02-12", "2024-04-30"))).ShouldBe(HttpStatusCode.Created);
        await (await _caseworker.PostJson($"/api/criminal-process/{caseId}/stages", Casework.Stage("report-filed", "2024-02-20"))).ShouldBe(HttpStatusCode.Created);
        await app.EventsDelivered();

        var now = await _caseworker.GetAsync($"/api/cases/{caseId}");
        Assert.Equal(opened, now.Headers.ETag!.ToString());
        Assert.Equal("client", (await now.Json())["status"]!.GetValue<string>());
        var edited = await Patch(caseId, """{ "surname": "Korjattu" }""", opened);
        await edited.ShouldBe(HttpStatusCode.OK);
        Assert.NotEqual(opened, edited.Headers.ETag!.ToString());
    }

    [Fact]
    public async Task Given_if_match_star_When_patching_Then_the_edit_goes_through_whatever_the_version()
    {
        var (_, caseId) = await _caseworker.RegisterAsync();
        await (await Patch(caseId, """{ "surname": "Ensin" }""", (await _caseworker.GetAsync($"/api/cases/{caseId}")).Headers.ETag!.ToString())).ShouldBe(HttpStatusCode.OK);

        await (await Patch(caseId, """{ "surname": "Sitten" }""", "*")).ShouldBe(HttpStatusCode.OK);

        Assert.Equal("Sitten", (await _caseworker.GetJson($"/api/cases/{caseId}"))["person"]!["surname"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("W/\"{0}\"", HttpStatusCode.PreconditionFailed)]        // a weak tag never matches (strong comparison)
    [InlineData("\"999\", \"{0}\"", HttpStatusCode.OK)]                 // any listed tag may match
    [InlineData("\"999\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("{0}", HttpStatusCode.PreconditionFailed)]              // not an entity tag at all
    public async Task Given_an_if_match_list_When_patching_Then_only_a_strong_match_of_the_current_version_is_accepted(string header, HttpStatusCode expected)
    {
        var (_, caseId) = await _caseworker.RegisterAsync();
        var version = (await _caseworker.GetAsync($"/api/cases/{caseId}")).Headers.ETag!.Tag.Trim('"');

        var response = await Patch(caseId, """{ "surname": "Ehkä" }""", string.Format(System.Globalization.CultureInfo.InvariantCulture, header, version));

        await response.ShouldBe(expected);
        Assert.Equal(expected == HttpStatusCode.OK ? "Ehkä" : "Henkilö", (await _caseworker.GetJson($"/api/cases/{caseId}"))["person"]!["surname"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_no_if_match_When_patching_Then_428_and_nothing_changes()
    {
        var (_, caseId) = await _caseworker.RegisterAsync();

        await (await Patch(caseId, """{ "surname": "Ilman" }""", null)).ShouldBeProblem(HttpStatusCode.PreconditionRequired);

        Assert.Equal("Henkilö", (await _caseworker.GetJson($"/api/cases/{caseId}"))["person"]!["surname"]!.GetValue<string>());
    }
}
