using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tilda.Host.IntegrationTests.Infrastructure;

/// <summary>Request bodies as in the HTTP contract, and small HTTP helpers.</summary>
public static class Api
{
    public static JsonObject Application(string receivedOn = "2025-03-14", string givenNames = "Testi", string surname = "Henkilö") => new()
    {
        ["receivedOn"] = receivedOn,
        ["channel"] = "written",
        ["urgent"] = false,
        ["consentGiven"] = true,
        ["referrer"] = new JsonObject { ["type"] = "reception-centre", ["organisation"] = "Vastaanottokeskus X" },
        ["applicantRole"] = "presumed-victim",
        ["caseId"] = null,
        ["person"] = new JsonObject
        {
            ["givenNames"] = givenNames,
            ["surname"] = surname,
            ["birthDate"] = "1996-02-01",
            ["birthYear"] = null,
            ["sex"] = "female",
            ["citizenships"] = new JsonArray("NGA"),
            ["residenceStatus"] = "asylum-seeker",
            ["hasMunicipalityOfResidence"] = false,
            ["personalIdentityCode"] = null,
        },
        ["exploitation"] = new JsonObject
        {
            ["forms"] = new JsonArray(
                new JsonObject { ["form"] = "sexual", ["primary"] = true },
                new JsonObject { ["form"] = "labour", ["primary"] = false }),
            ["location"] = "finland",
            ["countries"] = new JsonArray("FIN"),
            ["minorAtTime"] = false,
        },
        ["dependentChildren"] = new JsonArray(new JsonObject { ["birthYear"] = 2019, ["sex"] = "male" }),
    };

    public static JsonObject Reapplication(Guid caseId, string receivedOn)
    {
        var body = Application(receivedOn);
        body["caseId"] = caseId.ToString();
        body.Remove("person");
        return body;
    }

    public static JsonObject Admission(Guid applicationId, string decidedOn = "2025-03-20", string outcome = "admitted", string? reason = null) => new()
    {
        ["applicationId"] = applicationId.ToString(),
        ["decidedOn"] = decidedOn,
        ["outcome"] = outcome,
        ["rejectionReason"] = reason,
        ["urgent"] = false,
    };

    public static JsonObject Removal(Guid caseId, string decidedOn = "2025-06-01", string reason = "no-longer-needs-assistance") => new()
    {
        ["caseId"] = caseId.ToString(),
        ["decidedOn"] = decidedOn,
        ["reason"] = reason,
    };

    public static Task<HttpResponseMessage> PostJson(this HttpClient client, string url, JsonNode body, CancellationToken cancellationToken = default) =>
        client.PostAsync(url, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"), cancellationToken);

    public static Task<HttpResponseMessage> PostRaw(this HttpClient client, string url, string body) =>
        client.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));

    public static async Task<JsonNode> Json(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("Empty body");

    public static async Task<JsonNode> GetJson(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        await response.ShouldBe(HttpStatusCode.OK);
        return await response.Json();
    }

    /// <summary>Asserts the status, showing the body when it differs.</summary>
    public static async Task ShouldBe(this HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
            Assert.Fail($"Expected {(int)expected} {expected} but got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Asserts a ProblemDetails with the status and, for validation errors, the failing field.</summary>
    public static async Task<JsonNode> ShouldBeProblem(this HttpResponseMessage response, HttpStatusCode expected, string? field = null)
    {
        await response.ShouldBe(expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Json();
        Assert.Equal((int)expected, problem["status"]!.GetValue<int>());
        if (field is not null)
        {
            var errors = problem["errors"]?.AsObject();
            Assert.True(errors is not null && errors.ContainsKey(field),
                $"Expected an error for '{field}' but got: {problem.ToJsonString()}");
        }
        return problem;
    }

    public static async Task<(Guid ApplicationId, Guid CaseId)> RegisterAsync(this HttpClient client, JsonObject? body = null)
    {
        var response = await client.PostJson("/api/applications", body ?? Application());
        await response.ShouldBe(HttpStatusCode.Created);
        var created = await response.Json();
        return (created["applicationId"]!.GetValue<Guid>(), created["caseId"]!.GetValue<Guid>());
    }

    public static async Task<Guid> DecideAsync(this HttpClient client, JsonObject body)
    {
        var response = await client.PostJson("/api/decisions/admission", body);
        await response.ShouldBe(HttpStatusCode.Created);
        return (await response.Json())["decisionId"]!.GetValue<Guid>();
    }

    /// <summary>Waits until the case shows the status (decisions reach Cases through the outbox).</summary>
    public static Task<JsonNode> WaitForCaseStatus(this HttpClient client, Guid caseId, string status) =>
        Eventually.Until(() => client.GetJson($"/api/cases/{caseId}"), c => c["status"]!.GetValue<string>() == status,
            what: $"case {caseId} to become {status}");

    public static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
}
