using System.Collections.Concurrent;
using System.Net;
using Tilda.Host.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Tilda.Host.IntegrationTests;

/// <summary>Real host processes on one database: several instances at once, and a SIGKILL in the middle of writes.</summary>
public sealed class ReliabilityTests(ITestOutputHelper output) : IDisposable
{
    private readonly HostDatabases _databases = new();

    private static async Task<(Guid ApplicationId, Guid CaseId)?> TryRegister(HttpClient client, string receivedOn)
    {
        try
        {
            var response = await client.PostJson("/api/applications", Api.Application(receivedOn));
            if (response.StatusCode != HttpStatusCode.Created) return null;
            var created = await response.Json();
            return (created["applicationId"]!.GetValue<Guid>(), created["caseId"]!.GetValue<Guid>());
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            return null; // the host died with the request in flight: its outcome is unknown
        }
    }

    [Fact]
    public async Task Given_two_instances_started_together_on_one_database_When_both_take_writes_Then_every_event_reaches_statistics_exactly_once()
    {
        await using var hosts = await _databases.TwoHostsOnOneDatabaseAsync();
        var (database, first, second) = (hosts.Database, hosts.First, hosts.Second);
        var clients = new[] { first.ClientAs("caseworker", "decision-maker"), second.ClientAs("caseworker", "decision-maker") };
        const int writes = 120;

        var accepted = new ConcurrentBag<Guid>();
        await Parallel.ForAsync(0, writes, new ParallelOptions { MaxDegreeOfParallelism = 6 }, async (i, _) =>
        {
            var client = clients[i % 2];
            var (applicationId, _) = await client.RegisterAsync(Api.Application("2024-06-03"));
            // Decided through the other instance.
            await clients[(i + 1) % 2].DecideAsync(Api.Admission(applicationId, "2024-06-10"));
            accepted.Add(applicationId);
        });
        await Eventually.Until(async () => await DatabaseFile.UndeliveredEventsAsync(database) == 0, TimeSpan.FromSeconds(60), "every event to be delivered");

        var events = await DatabaseFile.CountAsync(database, "cases_outbox_messages") + await DatabaseFile.CountAsync(database, "decisions_outbox_messages");
        var processed = await DatabaseFile.CountAsync(database, "statistics_inbox");
        var applicationFacts = await DatabaseFile.CountAsync(database, "statistics_facts", "\"Type\" = 'application-received'");
        var admissionFacts = await DatabaseFile.CountAsync(database, "statistics_facts", "\"Type\" = 'admission-decided'");
        output.WriteLine($"{TestProvider.Current}: {accepted.Count} applications and decisions accepted; {events} events written, {processed} processed by statistics, {applicationFacts} application facts, {admissionFacts} admission facts");
        Assert.Equal(writes, accepted.Count);
        Assert.Equal(2 * writes, events);
        Assert.Equal(events, processed);
        Assert.Equal(writes, applicationFacts);
        Assert.Equal(writes, admissionFacts);
        var statistician = first.ClientAs("statistician");
        Assert.Equal(writes, (await statistician.Indicator("clients.new")).Total());
        Assert.Equal(1, await DatabaseFile.CountAsync(database, "cases___migrations", "\"MigrationId\" LIKE '%_Initial'"));

        // A rebuild with both instances up gives the same tables.
        var before = (await statistician.AnnualReport(2024)).ToJsonString();
        await (await second.ClientAs("admin").PostAsync("/api/statistics/rebuild", null)).ShouldBe(HttpStatusCode.OK);
        Assert.Equal(before, (await first.ClientAs("statistician").AnnualReport(2024)).ToJsonString());
        Assert.Equal(events, await DatabaseFile.CountAsync(database, "statistics_inbox"));
    }

    [Fact]
    public async Task Given_a_stream_of_writes_When_the_host_is_killed_and_restarted_Then_every_accepted_write_is_kept_and_counted_once()
    {
        var database = _databases.New();
        var host = await HostInstance.StartAsync(database, _databases.Folder);
        var client = host.ClientAs("caseworker");
        var accepted = new ConcurrentBag<Guid>();
        var attempted = 0;
        using var stop = new CancellationTokenSource();

        var writers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                Interlocked.Increment(ref attempted);
                if (await TryRegister(client, "2024-08-05") is { } created) accepted.Add(created.ApplicationId);
                else return;
            }
        })).ToList();
        await Eventually.Until(() => Task.FromResult(accepted.Count >= 60), TimeSpan.FromSeconds(60), "60 accepted writes");
        await host.KillAsync();
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        await using var restarted = await HostInstance.StartAsync(database, _databases.Folder);
        await Eventually.Until(async () => await DatabaseFile.UndeliveredEventsAsync(database) == 0, TimeSpan.FromSeconds(60), "every event to be delivered");
        var reader = restarted.ClientAs("caseworker");
        var found = 0;
        foreach (var applicationId in accepted)
            if ((await reader.GetAsync($"/api/applications/{applicationId}")).StatusCode == HttpStatusCode.OK) found++;
        var stored = await DatabaseFile.CountAsync(database, "cases_applications");
        var facts = await DatabaseFile.CountAsync(database, "statistics_facts", "\"Type\" = 'application-received'");
        var processed = await DatabaseFile.CountAsync(database, "statistics_inbox");
        var events = await DatabaseFile.CountAsync(database, "cases_outbox_messages");
        output.WriteLine($"{TestProvider.Current}: {attempted} writes attempted, {accepted.Count} accepted (201), {found} of them found after the restart, " +
                         $"{stored} applications stored, {facts} counted in statistics, duplicates {facts - stored}");
        Assert.Equal(accepted.Count, found);
        Assert.True(stored >= accepted.Count);
        Assert.Equal(stored, events);
        Assert.Equal(stored, facts);
        Assert.Equal(events, processed);
        Assert.Equal(stored, (await restarted.ClientAs("statistician").Indicator("applications.received")).Total());
        await host.DisposeAsync();
    }

    public void Dispose() => _databases.Dispose();
}
