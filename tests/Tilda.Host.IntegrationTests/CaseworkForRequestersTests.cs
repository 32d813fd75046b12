using System.Net;
using System.Text.Json.Nodes;
using Tilda.Host.IntegrationTests.Infrastructure;

namespace Tilda.Host.IntegrationTests;

/// <summary>
/// What the requesters ask for that casework now records (docs/product.md §2): a residence permit's ground and grant date, compensation
/// ordered or granted, and the exploitation forms added by Directive (EU) 2024/1712 — dated code lists accept a code only
/// for a business date on which it is valid. Statistics at threshold k = 3.
/// </summary>
public sealed class CaseworkForRequestersTests : IDisposable
{
    private readonly TildaApp _app = TildaApp.WithSettings(("Statistics:Disclosure:Threshold", "3"));
    private readonly HttpClient _caseworker;
    private readonly HttpClient _statistician;

    public CaseworkForRequestersTests()
    {
        _caseworker = _app.ClientAs("caseworker", "decision-maker");
        _statistician = _app.ClientAs("statistician");
    }

    private static JsonObject Permit(string ground = "cooperation-with-authorities", string grantedOn = "2025-05-01") => new()
    {
        ["residenceStatus"] = "residence-permit", ["residencePermitGround"] = ground, ["residencePermitGrantedOn"] = grantedOn,
    };

    [Fact]
    public async Task Given_clients_granted_residence_permits_When_recorded_on_the_person_or_at_registration_Then_the_case_shows_them_and_the_permits_are_counted_by_ground()
    {
        var patched = new List<Guid>();
        for (var i = 0; i < 2; i++) patched.Add(await _caseworker.AdmitClientAsync("2025-02-01", "2025-02-10", residenceStatus: "asylum-seeker"));
        var registered = Api.Application("2025-06-01");
        foreach (var (key, value) in Permit(grantedOn: "2025-05-20")) registered["person"]![key] = value!.DeepClone();
        await _caseworker.RegisterAsync(registered);

        foreach (var caseId in patched)
        {
            var response = await _caseworker.PatchPersonAsync(caseId, Permit());
            await response.ShouldBe(HttpStatusCode.OK);
            var person = (await response.Json())["person"]!;
            Assert.Equal(("residence-permit", "cooperation-with-authorities", "2025-05-01"),
                (person["residenceStatus"]!.GetValue<string>(), person["residencePermitGround"]!.GetValue<string>(), person["residencePermitGrantedOn"]!.GetValue<string>()));
        }
        var timeline = await _caseworker.GetJson($"/api/cases/{patched[0]}/timeline");
        Assert.Contains(timeline["entries"]!.AsArray(), e => e!["kind"]!.GetValue<string>() == "person-details-changed"
            && e["details"]!["residencePermitGround"]?.GetValue<string>() == "cooperation-with-authorities");
        await _app.EventsDelivered();

        var permits = await _statistician.Indicator("residence-permits.granted", "year=2025");

        Assert.Equal(3, permits.Cells()["cooperation-with-authorities"]);
        Assert.Equal(3, permits.Total());
    }

    [Fact]
    public async Task Given_a_person_with_a_permit_When_the_residence_status_changes_to_another_Then_the_permit_goes_with_it()
    {
        var caseId = await _caseworker.AdmitClientAsync("2025-02-01", "2025-02-10", residenceStatus: "asylum-seeker");
        await (await _caseworker.PatchPersonAsync(caseId, Permit())).ShouldBe(HttpStatusCode.OK);

        var response = await _caseworker.PatchPersonAsync(caseId, new JsonObject { ["residenceStatus"] = "finnish-citizen" });

        await response.ShouldBe(HttpStatusCode.OK);
        var person = (await response.Json())["person"]!;
        Assert.Null(person["residencePermitGround"]);
        Assert.Null(person["residencePermitGrantedOn"]);
    }

    public static TheoryData<string, string> BadPermits => new()
    {
        { """{ "residenceStatus": "residence-permit", "residencePermitGround": "cooperation-with-authorities" }""", "residencePermitGround" },
        { """{ "residenceStatus": "residence-permit", "residencePermitGround": "marriage", "residencePermitGrantedOn": "2025-05-01" }""", "residencePermitGround" },
        { """{ "residencePermitGround": "other", "residencePermitGrantedOn": "2025-05-01" }""", "residencePermitGround" },
        { """{ "residenceStatus": "residence-permit", "residencePermitGround": "other", "residencePermitGrantedOn": "2099-05-01" }""", "residencePermitGrantedOn" },
        { """{ "residenceStatus": "residence-permit", "residencePermitGround": "other", "residencePermitGrantedOn": "1990-05-01" }""", "residencePermitGrantedOn" },
    };

    [Theory]
    [MemberData(nameof(BadPermits))]
    public async Task Given_a_permit_without_its_date_of_an_unknown_ground_without_the_status_or_dated_impossibly_When_patched_Then_422_on_the_field_and_the_person_is_unchanged(
        string patch, string field)
    {
        var caseId = await _caseworker.AdmitClientAsync("2025-02-01", "2025-02-10", residenceStatus: "asylum-seeker");
        var before = await _caseworker.GetAsync($"/api/cases/{caseId}");

        await (await _caseworker.PatchPersonAsync(caseId, JsonNode.Parse(patch)!)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, field);

        var after = await _caseworker.GetAsync($"/api/cases/{caseId}");
        Assert.Equal(before.Headers.ETag, after.Headers.ETag);
        Assert.Equal("asylum-seeker", (await after.Json())["person"]!["residenceStatus"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_the_forms_directive_2024_1712_added_When_code_lists_are_read_as_of_a_date_Then_surrogacy_and_illegal_adoption_are_valid_from_14_july_2024()
    {
        static async Task<List<string>> Forms(HttpClient client, string query) =>
            [.. (await client.GetJson($"/api/code-lists{query}"))["exploitationForm"]!.AsArray().Select(c => c!["code"]!.GetValue<string>())];

        var before = await Forms(_caseworker, "?on=2024-07-13");
        var from = await Forms(_caseworker, "?on=2024-07-14");
        var all = (await _caseworker.GetJson("/api/code-lists"))["exploitationForm"]!.AsArray();

        Assert.DoesNotContain("surrogacy", before);
        Assert.Contains("benefit-fraud", before);
        Assert.Subset(from.ToHashSet(), new HashSet<string> { "surrogacy", "illegal-adoption", "benefit-fraud" });
        Assert.Equal("2024-07-14", all.Single(c => c!["code"]!.GetValue<string>() == "illegal-adoption")!["validFrom"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_an_application_received_before_14_july_2024_When_its_form_is_surrogacy_Then_422_saying_from_when_and_after_it_is_accepted()
    {
        var early = Api.Application("2024-07-13");
        early["exploitation"]!["forms"] = new JsonArray(new JsonObject { ["form"] = "surrogacy", ["primary"] = true });
        var late = Api.Application("2024-07-14");
        late["exploitation"]!["forms"] = new JsonArray(new JsonObject { ["form"] = "surrogacy", ["primary"] = true });

        var problem = await (await _caseworker.PostJson("/api/applications", early)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "exploitation.forms[0]");
        await (await _caseworker.PostJson("/api/applications", late)).ShouldBe(HttpStatusCode.Created);

        Assert.Contains("valid from 2024-07-14", problem["errors"]!["exploitation.forms[0]"]![0]!.GetValue<string>());
        Assert.Equal(1, (await _caseworker.GetJson("/api/cases?pageSize=1"))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Given_compensation_ordered_and_granted_When_recorded_as_criminal_process_stages_Then_the_persons_are_counted_by_kind()
    {
        for (var i = 0; i < 3; i++)
        {
            var caseId = await _caseworker.AdmitClientAsync("2025-01-05", "2025-01-10");
            await (await _caseworker.PostJson($"/api/criminal-process/{caseId}/stages", Casework.Stage("compensation-ordered", "2025-09-01"))).ShouldBe(HttpStatusCode.Created);
            await (await _caseworker.PostJson($"/api/criminal-process/{caseId}/stages", Casework.Stage("state-compensation-granted", "2025-10-01"))).ShouldBe(HttpStatusCode.Created);
        }
        await _app.EventsDelivered();

        var compensated = await _statistician.Indicator("victims.compensated", "year=2025");

        Assert.Equal((3, 3, 3), (compensated.Cells()["compensation-ordered"], compensated.Cells()["state-compensation-granted"], compensated.Total()));
    }

    public void Dispose() => _app.Dispose();
}
