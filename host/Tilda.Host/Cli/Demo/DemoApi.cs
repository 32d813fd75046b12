using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Tilda.Host.Cli.Demo;

/// <summary>
/// Sends planned persons through the modules' HTTP API (docs/product.md §3), in the order a caseworker would record them, so that
/// every module's rules and events run as in real use. The bodies are written here in the contract's own field names.
/// </summary>
internal sealed class DemoApi(HttpClient client)
{
    /// <summary>Checks every code the plan uses against <c>GET /api/code-lists</c>, so that nothing is sent when one is unknown.</summary>
    public async Task CheckCodesAsync(IReadOnlyList<PlannedPerson> plan, CancellationToken ct)
    {
        using var lists = JsonDocument.Parse(await SendAsync(HttpMethod.Get, "/api/code-lists", null, HttpStatusCode.OK, ct));
        var used = new Dictionary<string, IEnumerable<string?>>
        {
            ["referrerType"] = plan.Select(p => p.ReferrerType),
            ["channel"] = plan.Select(p => p.Channel),
            ["applicantRole"] = plan.Select(p => p.ApplicantRole),
            ["sex"] = plan.Select(p => p.Sex).Concat(plan.SelectMany(p => p.Children.Select(c => c.Sex))),
            ["citizenship"] = plan.SelectMany(p => p.Citizenships),
            ["country"] = plan.SelectMany(p => p.Countries),
            ["residenceStatus"] = plan.Select(p => p.ResidenceStatus),
            ["exploitationForm"] = plan.SelectMany(p => p.Forms.Select(f => f.Form)),
            ["exploitationLocation"] = plan.Select(p => p.Location),
            ["rejectionReason"] = plan.Select(p => p.RejectionReason),
            ["removalReason"] = plan.Select(p => p.RemovalReason),
            ["assistanceMeasure"] = plan.SelectMany(p => p.Measures.Select(m => m.Measure)),
            ["measureProvider"] = plan.SelectMany(p => p.Measures.Select(m => m.Provider)),
            ["criminalProcessStage"] = plan.SelectMany(p => p.Stages.Select(s => s.Stage)),
            ["offence"] = plan.SelectMany(p => p.Stages.Select(s => s.Offence)),
            ["residencePermitGround"] = plan.Select(p => p.ResidencePermit?.Ground),
        };
        IEnumerable<string?> Known(string list) => lists.RootElement.TryGetProperty(list, out var codes)
            ? codes.EnumerateArray().Select(c => c.GetProperty("code").GetString())
            : [];
        var unknown = used.Select(list => (list.Key, Codes: list.Value.OfType<string>().Distinct().Except(Known(list.Key))
                .Order(StringComparer.Ordinal).ToList()))
            .Where(list => list.Codes.Count > 0)
            .Select(list => $"  {list.Key}: {string.Join(", ", list.Codes)}").ToList();
        if (unknown.Count > 0)
            throw new InvalidOperationException("The server's code lists lack codes the demo year uses; nothing was sent:"
                + Environment.NewLine + string.Join(Environment.NewLine, unknown));
    }

    /// <summary>The application, its decision, the casework after an admission and a removal, each as the API takes it.</summary>
    public async Task SendAsync(PlannedPerson p, CancellationToken ct)
    {
        var created = await PostAsync("/api/applications", new
        {
            receivedOn = p.ReceivedOn,
            channel = p.Channel,
            urgent = p.Urgent,
            consentGiven = true,
            referrer = new { type = p.ReferrerType, organisation = p.Organisation },
            applicantRole = p.ApplicantRole,
            person = new
            {
                givenNames = "Demo",
                surname = $"Esimerkki-{p.Number:0000}",
                birthDate = p.BirthDate,
                sex = p.Sex,
                citizenships = p.Citizenships,
                residenceStatus = p.ResidenceStatus,
                hasMunicipalityOfResidence = p.HasMunicipalityOfResidence,
            },
            exploitation = new
            {
                forms = p.Forms.Select(f => new { form = f.Form, primary = f.Primary }),
                location = p.Location,
                countries = p.Countries,
                minorAtTime = p.MinorAtTime,
            },
            dependentChildren = p.Children.Select(c => new { birthYear = c.BirthYear, sex = c.Sex }),
        }, ct);
        var applicationId = created.GetProperty("applicationId").GetGuid();
        var caseId = created.GetProperty("caseId").GetGuid();

        if (p.DecidedOn is { } decidedOn)
        {
            await PostAsync("/api/decisions/admission", new
            {
                applicationId,
                decidedOn,
                outcome = p.Outcome == Outcome.Admitted ? "admitted" : "rejected",
                rejectionReason = p.RejectionReason,
                urgent = p.Urgent,
            }, ct);
        }
        if (p.AssessedOn is { } assessedOn)
        {
            await PostAsync("/api/service-needs/assessments", new
            {
                caseId,
                assessedOn,
                measures = p.Measures.Select(m => new { measure = m.Measure, provider = m.Provider, startOn = m.StartOn, endOn = m.EndOn }),
            }, ct);
        }
        if (p.ReflectionPeriod is { } period)
            await PostAsync("/api/reflection-periods", new { caseId, decidedOn = period.DecidedOn, startOn = period.StartOn, endOn = period.EndOn }, ct);
        foreach (var stage in p.Stages)
        {
            await PostAsync($"/api/criminal-process/{caseId}/stages",
                new { stage = stage.Stage, occurredOn = stage.OccurredOn, role = "injured-party", offence = stage.Offence }, ct);
        }
        if (p.ResidencePermit is { } permit)
            await PatchPersonAsync(caseId, new { residenceStatus = "residence-permit", residencePermitGround = permit.Ground, residencePermitGrantedOn = permit.GrantedOn }, ct);
        if (p.RemovedOn is { } removedOn)
            await PostAsync("/api/decisions/removal", new { caseId, decidedOn = removedOn, reason = p.RemovalReason }, ct);
    }

    /// <summary>Changes the person as a caseworker does: with the case's current ETag.</summary>
    private async Task PatchPersonAsync(Guid caseId, object patch, CancellationToken ct)
    {
        using var read = await client.GetAsync($"/api/cases/{caseId}", ct);
        read.EnsureSuccessStatusCode();
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/cases/{caseId}/person") { Content = JsonContent.Create(patch) };
        request.Headers.IfMatch.Add(read.Headers.ETag!);
        using var response = await client.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"PATCH /api/cases/{caseId}/person failed with {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
    }

    private async Task<JsonElement> PostAsync(string url, object body, CancellationToken ct)
    {
        using var document = JsonDocument.Parse(await SendAsync(HttpMethod.Post, url, JsonContent.Create(body), HttpStatusCode.Created, ct));
        return document.RootElement.Clone();
    }

    /// <summary>The response body; throws with the ProblemDetails when the server answers anything but <paramref name="expected"/>.</summary>
    private async Task<string> SendAsync(HttpMethod method, string url, HttpContent? content, HttpStatusCode expected, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        using var response = await client.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (response.StatusCode != expected)
            throw new InvalidOperationException($"{method} {url} failed with {(int)response.StatusCode} {response.StatusCode}: {text}");
        return text;
    }
}
