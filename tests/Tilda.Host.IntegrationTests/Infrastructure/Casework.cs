using System.Text.Json.Nodes;

namespace Tilda.Host.IntegrationTests.Infrastructure;

/// <summary>Request bodies and shortcuts for the service-needs, reflection-period and criminal-process routes.</summary>
public static class Casework
{
    /// <summary>Registers and admits a person; returns the case id.</summary>
    public static async Task<Guid> AdmitClientAsync(this HttpClient client, string receivedOn = "2024-02-01", string decidedOn = "2024-02-10",
        string residenceStatus = "irregular", string birthDate = "1990-05-05")
    {
        var body = Api.Application(receivedOn);
        body["person"]!["residenceStatus"] = residenceStatus;
        body["person"]!["birthDate"] = birthDate;
        var (applicationId, caseId) = await client.RegisterAsync(body);
        await client.DecideAsync(Api.Admission(applicationId, decidedOn));
        return caseId;
    }

    public static JsonObject Assessment(Guid caseId, string assessedOn, params (string Measure, string Provider, string StartOn, string? EndOn)[] measures) => new()
    {
        ["caseId"] = caseId.ToString(),
        ["assessedOn"] = assessedOn,
        ["measures"] = new JsonArray(measures.Select(m => (JsonNode)new JsonObject
        {
            ["measure"] = m.Measure, ["provider"] = m.Provider, ["startOn"] = m.StartOn, ["endOn"] = m.EndOn,
        }).ToArray()),
    };

    public static JsonObject ReflectionPeriod(Guid caseId, string decidedOn, string startOn, string endOn) => new()
    {
        ["caseId"] = caseId.ToString(), ["decidedOn"] = decidedOn, ["startOn"] = startOn, ["endOn"] = endOn,
    };

    /// <summary>PATCH /api/cases/{caseId}/person with the case's current ETag.</summary>
    public static async Task<HttpResponseMessage> PatchPersonAsync(this HttpClient client, Guid caseId, JsonNode patch)
    {
        var etag = (await client.GetAsync($"/api/cases/{caseId}")).Headers.ETag!.ToString();
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/cases/{caseId}/person")
        {
            Content = new StringContent(patch.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return await client.SendAsync(request);
    }

    public static JsonObject Stage(string stage, string occurredOn, string role = "injured-party", string offence = "trafficking") => new()
    {
        ["stage"] = stage, ["occurredOn"] = occurredOn, ["role"] = role, ["offence"] = offence,
    };
}
