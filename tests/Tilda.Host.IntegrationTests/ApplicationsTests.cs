using System.Net;
using System.Text.Json.Nodes;
using Tilda.Host.IntegrationTests.Infrastructure;

namespace Tilda.Host.IntegrationTests;

public sealed class ApplicationsTests(TildaApp app) : IClassFixture<TildaApp>
{
    private readonly HttpClient _caseworker = app.ClientAs("caseworker");

    [Fact]
    public async Task Given_a_complete_application_When_registered_Then_201_with_location_and_it_reads_back_pending()
    {
        var response = await _caseworker.PostJson("/api/applications", Api.Application(givenNames: "Aino", surname: "Esimerkki"));

        await response.ShouldBe(HttpStatusCode.Created);
        var created = await response.Json();
        var applicationId = created["applicationId"]!.GetValue<Guid>();
        Assert.Equal($"/api/applications/{applicationId}", response.Headers.Location!.OriginalString);
        var application = await _caseworker.GetJson(response.Headers.Location.OriginalString);
        Assert.Equal("pending", application["status"]!.GetValue<string>());
        Assert.Equal("2025-03-14", application["receivedOn"]!.GetValue<string>());
        Assert.Equal("reception-centre", application["referrer"]!["type"]!.GetValue<string>());
        Assert.Equal("sexual", application["exploitation"]!["forms"]![0]!["form"]!.GetValue<string>());
        Assert.Equal(2019, application["dependentChildren"]![0]!["birthYear"]!.GetValue<int>());
        var @case = await _caseworker.GetJson($"/api/cases/{created["caseId"]}");
        Assert.Equal("applicant", @case["status"]!.GetValue<string>());
        Assert.Equal("Aino", @case["person"]!["givenNames"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_no_consent_When_registered_Then_422_and_nothing_is_written()
    {
        await app.EventsDelivered(); // earlier tests' events still reaching statistics would change the counts
        var before = await DatabaseFile.RowCountsAsync(app.DatabaseFile);
        var body = Api.Application();
        body["consentGiven"] = false;

        var response = await _caseworker.PostJson("/api/applications", body);

        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "consentGiven");
        Assert.Equal(before, await DatabaseFile.RowCountsAsync(app.DatabaseFile));
    }

    public static TheoryData<string, Action<JsonObject>> InvalidApplications => new()
    {
        { "channel", b => b["channel"] = "pigeon" },
        { "referrer.type", b => b["referrer"]!["type"] = "neighbour" },
        { "referrer.organisation", b => b["referrer"]!["organisation"] = new string('x', 201) },
        { "applicantRole", b => b["applicantRole"] = "witness" },
        { "receivedOn", b => b["receivedOn"] = DateOnly.FromDateTime(DateTime.Now.AddDays(2)).ToString("yyyy-MM-dd") },
        { "person.givenNames", b => b["person"]!["givenNames"] = new string('a', 101) },
        { "person.surname", b => b["person"]!["surname"] = "" },
        { "person.birthDate", b => b["person"]!["birthDate"] = DateOnly.FromDateTime(DateTime.Now.AddDays(2)).ToString("yyyy-MM-dd") },
        { "person.birthYear", b => b["person"]!["birthYear"] = 1990 },
        { "person.sex", b => b["person"]!["sex"] = "f" },
        { "person.citizenships", b => b["person"]!["citizenships"] = new JsonArray() },
        { "person.citizenships", b => b["person"]!["citizenships"] = new JsonArray("FIN", "SWE", "NGA", "THA", "VNM", "EST") },
        { "person.citizenships[0]", b => b["person"]!["citizenships"] = new JsonArray("XXX") },
        { "person.residenceStatus", b => b["person"]!["residenceStatus"] = "tourist" },
        { "person.personalIdentityCode", b => b["person"]!["personalIdentityCode"] = "010296-123X" },
        { "exploitation.forms", b => b["exploitation"]!["forms"] = new JsonArray(new JsonObject { ["form"] = "sexual", ["primary"] = true }, new JsonObject { ["form"] = "labour", ["primary"] = true }) },
        { "exploitation.forms", b => b["exploitation"]!["forms"] = new JsonArray(new JsonObject { ["form"] = "sexual", ["primary"] = false }) },
        { "exploitation.forms[0].form", b => b["exploitation"]!["forms"] = new JsonArray(new JsonObject { ["form"] = "theft", ["primary"] = true }) },
        { "exploitation.location", b => b["exploitation"]!["location"] = "moon" },
        { "exploitation.countries[0]", b => b["exploitation"]!["countries"] = new JsonArray("stateless") },
        { "dependentChildren[0]", b => b["dependentChildren"] = new JsonArray(new JsonObject { ["birthYear"] = 1990, ["sex"] = "male" }) },
        { "dependentChildren[0]", b => b["dependentChildren"] = new JsonArray(new JsonObject { ["birthYear"] = 2030, ["sex"] = "male" }) },
        { "person", b => b.Remove("person") },
    };

    [Theory]
    [MemberData(nameof(InvalidApplications))]
    public async Task Given_an_invalid_field_When_registered_Then_422_names_the_field_and_nothing_is_written(string field, Action<JsonObject> spoil)
    {
        await app.EventsDelivered(); // earlier tests' events still reaching statistics would change the counts
        var before = await DatabaseFile.RowCountsAsync(app.DatabaseFile);
        var body = Api.Application();
        spoil(body);

        var response = await _caseworker.PostJson("/api/applications", body);

        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, field);
        Assert.Equal(before, await DatabaseFile.RowCountsAsync(app.DatabaseFile));
    }

    [Fact]
    public async Task Given_a_valid_personal_identity_code_When_registered_Then_the_birth_date_is_taken_from_it()
    {
        var body = Api.Application();
        body["person"]!["birthDate"] = null;
        body["person"]!["personalIdentityCode"] = "010296-1230";

        var (_, caseId) = await _caseworker.RegisterAsync(body);

        var @case = await _caseworker.GetJson($"/api/cases/{caseId}");
        Assert.Equal("1996-02-01", @case["person"]!["birthDate"]!.GetValue<string>());
        Assert.Equal("010296-1230", @case["person"]!["personalIdentityCode"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{ \"receivedOn\": ")]
    [InlineData("{ \"receivedOn\": \"2025-02-30\" }")]
    [InlineData("{ \"urgent\": \"yes\" }")]
    [InlineData("{ \"recievedOn\": \"2025-03-14\" }")]
    [InlineData("[1, 2, 3]")]
    public async Task Given_malformed_json_When_registered_Then_400_problem(string body)
    {
        var response = await _caseworker.PostRaw("/api/applications", body);

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["detail"]);
    }

    [Fact]
    public async Task Given_a_rejected_application_When_the_person_applies_again_Then_the_new_application_joins_the_case()
    {
        var (applicationId, caseId) = await _caseworker.RegisterAsync();
        var decisionMaker = app.ClientAs("decision-maker");
        await decisionMaker.DecideAsync(Api.Admission(applicationId, outcome: "rejected", reason: "no-need-for-assistance"));
        await _caseworker.WaitForCaseStatus(caseId, "rejected");

        var (secondApplication, sameCase) = await _caseworker.RegisterAsync(Api.Reapplication(caseId, "2025-05-02"));

        Assert.Equal(caseId, sameCase);
        var @case = await _caseworker.GetJson($"/api/cases/{caseId}");
        Assert.Equal("applicant", @case["status"]!.GetValue<string>());
        Assert.Equal(2, @case["applications"]!.AsArray().Count);
        Assert.Equal(secondApplication, @case["applications"]![1]!["applicationId"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task Given_a_pending_application_When_the_person_applies_again_Then_409()
    {
        var (_, caseId) = await _caseworker.RegisterAsync();

        var response = await _caseworker.PostJson("/api/applications", Api.Reapplication(caseId, "2025-04-01"));

        await response.ShouldBeProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Given_a_reapplication_with_a_person_When_registered_Then_422()
    {
        var (_, caseId) = await _caseworker.RegisterAsync();
        var body = Api.Application();
        body["caseId"] = caseId.ToString();

        var response = await _caseworker.PostJson("/api/applications", body);

        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "person");
    }

    [Fact]
    public async Task Given_an_unknown_case_When_reapplying_Then_404()
    {
        var response = await _caseworker.PostJson("/api/applications", Api.Reapplication(Guid.NewGuid(), "2025-04-01"));

        await response.ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_an_unknown_application_When_read_Then_404()
    {
        var response = await _caseworker.GetAsync($"/api/applications/{Guid.NewGuid()}");

        await response.ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden, "statistician")]
    [InlineData(HttpStatusCode.Forbidden, "admin")]
    [InlineData(HttpStatusCode.Forbidden, "auditor")]
    public async Task Given_a_user_without_the_caseworker_role_When_registering_Then_refused(HttpStatusCode expected, params string[] roles)
    {
        var response = await app.ClientAs(roles).PostJson("/api/applications", Api.Application());

        await response.ShouldBeProblem(expected);
    }

    [Fact]
    public async Task Given_a_token_signed_with_another_key_When_calling_Then_401()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TildaApp.Token("mallory", ["caseworker"], "some-other-key-that-is-also-32-bytes-long!!"));

        var response = await client.GetAsync("/api/cases");

        await response.ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_a_decision_maker_When_registering_Then_allowed_as_a_caseworker_would_be()
    {
        var (applicationId, _) = await app.ClientAs("decision-maker").RegisterAsync();

        Assert.NotEqual(Guid.Empty, applicationId);
    }
}
