using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Tilda.Host.IntegrationTests.Infrastructure;
using Tilda.Modules.Decisions.Contracts;
using Tilda.Shared.Events;

namespace Tilda.Host.IntegrationTests;

public sealed class OutboxTests
{
    /// <summary>A subscriber that fails its first <c>failures</c> deliveries, then records what it receives.</summary>
    private sealed class FlakySubscriber(int failures) : IIntegrationEventHandler<ClientAdmittedIntegrationEvent>
    {
        private int _attempts;
        public List<Guid> Received { get; } = [];
        public int Attempts => _attempts;

        public Task Handle(ClientAdmittedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _attempts) <= failures) throw new InvalidOperationException("Subscriber is down");
            lock (Received) Received.Add(integrationEvent.DecisionId);
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task Given_a_subscriber_that_throws_twice_When_a_client_is_admitted_Then_it_receives_the_event_once_after_recovering()
    {
        var subscriber = new FlakySubscriber(failures: 2);
        using var app = TildaApp.WithServices(s => s.AddSingleton<IIntegrationEventHandler<ClientAdmittedIntegrationEvent>>(subscriber));
        var caseworker = app.ClientAs("caseworker");
        var (applicationId, caseId) = await caseworker.RegisterAsync();

        var decisionId = await app.ClientAs("decision-maker").DecideAsync(Api.Admission(applicationId));

        await Eventually.Until(() => Task.FromResult(subscriber.Received.Count > 0), what: "the flaky subscriber to recover");
        Assert.Equal([decisionId], subscriber.Received);
        Assert.Equal(3, subscriber.Attempts);
        await Eventually.Until(async () => await DatabaseFile.CountAsync(app.DatabaseFile, "decisions_outbox_messages", "\"DeliveredAt\" IS NULL") == 0);
        Assert.Equal(1, await DatabaseFile.CountAsync(app.DatabaseFile, "decisions_outbox_messages", "\"Attempts\" = 2"));
        await caseworker.WaitForCaseStatus(caseId, "client");
    }

    [Fact]
    public async Task Given_the_host_stops_before_delivering_When_it_starts_again_Then_the_committed_event_is_delivered()
    {
        var down = new FlakySubscriber(failures: int.MaxValue);
        Guid caseId;
        TildaApp restarted;
        using (var first = TildaApp.WithServices(s => s.AddSingleton<IIntegrationEventHandler<ClientAdmittedIntegrationEvent>>(down)))
        {
            var (applicationId, id) = await first.ClientAs("caseworker").RegisterAsync();
            caseId = id;
            await first.ClientAs("decision-maker").DecideAsync(Api.Admission(applicationId));
            await Eventually.Until(() => Task.FromResult(down.Attempts > 0), what: "a failed delivery");
            Assert.Equal(1, await DatabaseFile.CountAsync(first.DatabaseFile, "decisions_outbox_messages", "\"DeliveredAt\" IS NULL"));
            restarted = first.Restart();
        }

        using (restarted)
        {
            var @case = await restarted.ClientAs("caseworker").WaitForCaseStatus(caseId, "client");
            Assert.Equal("client", @case["status"]!.GetValue<string>());
            await Eventually.Until(async () => await DatabaseFile.CountAsync(restarted.DatabaseFile, "decisions_outbox_messages", "\"DeliveredAt\" IS NULL") == 0);
        }
    }

    [Fact]
    public async Task Given_an_application_with_a_name_and_identity_code_When_its_events_are_stored_Then_no_personal_data_is_in_them()
    {
        using var app = new TildaApp();
        var body = Api.Application(givenNames: "Salainen", surname: "Nimi");
        body["person"]!["personalIdentityCode"] = "010296-1230";
        var (applicationId, _) = await app.ClientAs("caseworker").RegisterAsync(body);
        await app.ClientAs("decision-maker").DecideAsync(Api.Admission(applicationId));

        var stored = await DatabaseFile.AllTextAsync(app.DatabaseFile, "decisions_outbox");
        stored.AddRange(await DatabaseFile.AllTextAsync(app.DatabaseFile, "cases_outbox"));

        Assert.Equal(["cases.application-received.v1", "decisions.client-admitted.v1"], stored.Where(v => v.EndsWith(".v1", StringComparison.Ordinal)).Order());
        Assert.DoesNotContain(stored, v => v.Contains("Salainen") || v.Contains("Nimi") || v.Contains("010296") || v.Contains("1996-02-01") || v.Contains("Vastaanottokeskus X"));
    }
}
