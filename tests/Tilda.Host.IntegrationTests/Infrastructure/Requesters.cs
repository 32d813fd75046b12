using System.Net;
using System.Text.Json.Nodes;

namespace Tilda.Host.IntegrationTests.Infrastructure;

/// <summary>Casework of a given shape for the requester-pack tests, and releasing and reading packs.</summary>
public static class Requesters
{
    /// <summary>Registers and admits <paramref name="count"/> persons alike: as presumed victims, with one (primary) form.</summary>
    public static async Task<List<Guid>> AdmitAsync(this HttpClient client, int count, string[] citizenships, string sex, string birthDate, string form,
        string location, string receivedOn, string decidedOn)
    {
        var cases = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var body = Api.Application(receivedOn);
            body["person"]!["citizenships"] = new JsonArray([.. citizenships.Select(c => (JsonNode)c)]);
            body["person"]!["sex"] = sex;
            body["person"]!["birthDate"] = birthDate;
            body["exploitation"]!["forms"] = new JsonArray(new JsonObject { ["form"] = form, ["primary"] = true });
            body["exploitation"]!["location"] = location;
            body["dependentChildren"] = new JsonArray();
            var (applicationId, caseId) = await client.RegisterAsync(body);
            await client.DecideAsync(Api.Admission(applicationId, decidedOn));
            cases.Add(caseId);
        }
        return cases;
    }

    /// <summary>POST /api/statistics/releases with the pack; the release (201).</summary>
    public static async Task<JsonNode> ReleasePackAsync(this HttpClient statistician, string pack, string from, string to)
    {
        var response = await statistician.PostJson("/api/statistics/releases",
            new JsonObject { ["period"] = new JsonObject { ["from"] = from, ["to"] = to }, ["pack"] = pack });
        await response.ShouldBe(HttpStatusCode.Created);
        return await response.Json();
    }

    /// <summary>The release's table of the requester's table <paramref name="table"/> (or of an indicator's own, by its id).</summary>
    public static JsonNode Table(this JsonNode release, string table) =>
        release["tables"]!.AsArray().Single(t => t!["requester"]?["table"]?.GetValue<string>() == table || t!["indicator"]!.GetValue<string>() == table)!;

    /// <summary>The bytes of an export of the release.</summary>
    public static async Task<(byte[] Bytes, string? ContentType, string? ETag)> ExportAsync(this HttpClient statistician, Guid release, string format, string? lang = null)
    {
        var response = await statistician.GetAsync($"/api/statistics/releases/{release}?format={format}" + (lang is null ? "" : $"&lang={lang}"));
        await response.ShouldBe(HttpStatusCode.OK);
        return (await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentType?.MediaType, response.Headers.ETag?.Tag);
    }
}
