using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Tilda.Host.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Tilda.Host.IntegrationTests;

/// <summary>
/// A case read after a write has been answered shows that write — status, client dates, the application's status, the
/// decision, the person — at once, on the first read: 100 times in a row on one host, and 100 times across two host
/// processes on one database (written through one, read through the other). No waiting, no retry.
/// </summary>
public sealed class ReadYourWritesTests(ITestOutputHelper output) : IDisposable
{
    private const int Rounds = 100;
    private readonly HostDatabases _databases = new();
    private readonly List<string> _stale = [];
    private int _checked;

    /// <summary>One read right after a write: counted, and kept when it shows the old state.</summary>
    private async Task Check(HttpClient reader, string url, string what, Func<JsonNode, bool> showsTheWrite)
    {
        var response = await reader.GetAsync(url);
        await response.ShouldBe(HttpStatusCode.OK);
        var read = await response.Json();
        _checked++;
        if (!showsTheWrite(read)) _stale.Add($"{what}: {read.ToJsonString()}");
    }

    /// <summary>register → patch → admit → remove, each write read back at once through <paramref name="reader"/>.</summary>
    private async Task RoundAsync(HttpClient writer, HttpClient reader, int round)
    {
        var (applicationId, caseId) = await writer.RegisterAsync(Api.Application("2024-03-01", surname: $"Kierros{round}"));
        var @case = $"/api/cases/{caseId}";
        await Check(reader, @case, "registered", c => c["status"]!.GetValue<string>() == "applicant" && c["applications"]!.AsArray().Count == 1);

        var etag = (await reader.GetAsync(@case)).Headers.ETag!.ToString();
        var patch = new HttpRequestMessage(HttpMethod.Patch, $"{@case}/person") { Content = new StringContent("""{ "residenceStatus": "irregular" }""", Encoding.UTF8, "application/json") };
        patch.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        await (await writer.SendAsync(patch)).ShouldBe(HttpStatusCode.OK);
        await Check(reader, @case, "patched", c => c["person"]!["residenceStatus"]!.GetValue<string>() == "irregular");

        var decisionId = await writer.DecideAsync(Api.Admission(applicationId, "2024-03-10"));
        await Check(reader, @case, "admitted", c =>
            c["status"]!.GetValue<string>() == "client" && c["clientSince"]?.GetValue<string>() == "2024-03-10"
            && c["applications"]![0]!["status"]!.GetValue<string>() == "admitted"
            && c["decisions"]!.AsArray().Any(d => d!["decisionId"]!.GetValue<Guid>() == decisionId));
        await Check(reader, $"/api/applications/{applicationId}", "application admitted", a => a["status"]!.GetValue<string>() == "admitted");

        await (await writer.PostJson("/api/decisions/removal", Api.Removal(caseId, "2024-09-01"))).ShouldBe(HttpStatusCode.Created);
        await Check(reader, @case, "removed", c =>
            c["status"]!.GetValue<string>() == "former-client" && c["removedOn"]?.GetValue<string>() == "2024-09-01" && c["clientSince"]?.GetValue<string>() == "2024-03-10");
    }

    private void Report(string where)
    {
        output.WriteLine($"{TestProvider.Current}, {where}: {_checked} reads right after a write, {_stale.Count} stale");
        Assert.Empty(_stale);
    }

    [Fact]
    public async Task Given_one_host_When_each_write_is_read_back_at_once_100_times_Then_no_read_shows_the_old_state()
    {
        using var app = new TildaApp();
        var client = app.ClientAs("caseworker", "decision-maker");

        for (var round = 0; round < Rounds; round++) await RoundAsync(client, client, round);

        Report("one host");
    }

    [Fact]
    public async Task Given_two_host_processes_on_one_database_When_one_writes_and_the_other_reads_at_once_100_times_Then_no_read_shows_the_old_state()
    {
        await using var hosts = await _databases.TwoHostsOnOneDatabaseAsync();
        var (one, other) = (hosts.First.ClientAs("caseworker", "decision-maker"), hosts.Second.ClientAs("caseworker", "decision-maker"));

        for (var round = 0; round < Rounds; round++)
            await (round % 2 == 0 ? RoundAsync(one, other, round) : RoundAsync(other, one, round));

        Report("two hosts");
    }

    public void Dispose() => _databases.Dispose();
}
