using Microsoft.EntityFrameworkCore;
using Tilda.Modules.Cases.Contracts;
using Tilda.Modules.Decisions.Contracts;
using Tilda.Modules.Statistics.Engine;
using Tilda.Modules.Statistics.Facts;
using Tilda.Shared.Events;
using Tilda.Statistics.Sdk;

namespace Tilda.Modules.Statistics.Tests;

/// <summary>The inbox against a real database: redelivery, reordering and replays never change a figure.</summary>
public sealed class InboxTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2025, 1, 15, 12, 0, 0, TimeSpan.Zero);
    private readonly StatisticsStore _store = new();
    private readonly Pseudonymizer _pseudonyms = new(new PseudonymKey(new byte[32]));

    private StatisticsDbContext Context() => _store.Context();

    private async Task DeliverAsync(IEnumerable<IntegrationEvent> events)
    {
        foreach (var e in events)
        {
            await using var db = Context();
            var inbox = new StatisticsInbox(db, new FactProjector(_pseudonyms), _pseudonyms, TimeProvider.System);
            await (e switch
            {
                ApplicationReceivedIntegrationEvent a => inbox.Handle(a, default),
                ClientAdmittedIntegrationEvent a => inbox.Handle(a, default),
                ApplicationRejectedIntegrationEvent a => inbox.Handle(a, default),
                ClientRemovedIntegrationEvent a => inbox.Handle(a, default),
                _ => throw new ArgumentException(e.GetType().Name),
            });
        }
    }

    /// <summary>Every built-in indicator for the year, before disclosure control.</summary>
    private async Task<string> AllIndicatorsAsync(int year)
    {
        var period = ReportingPeriod.Year(year);
        var lines = new List<string>();
        foreach (var (id, entry) in StatisticsStore.BuiltIns.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var cells = await _store.CellsAsync(entry, new Snapshot(period.From, period.To, DateTime.MaxValue));
            lines.Add($"{id}: {string.Join(',', cells.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}"))}");
        }
        return string.Join('\n', lines);
    }

    private static List<IntegrationEvent> History(int persons)
    {
        var events = new List<IntegrationEvent>();
        for (var i = 0; i < persons; i++)
        {
            var caseId = Guid.NewGuid();
            var applicationId = Guid.NewGuid();
            var admissionId = Guid.NewGuid();
            var profile = new ClientProfile(20 + i % 30, i % 2 == 0 ? "female" : "male", i % 3 == 0 ? "NGA" : "THA", "asylum-seeker", false);
            var application = new ApplicationProfile(i % 2 == 0 ? "police" : "ngo", "presumed-victim",
                [new ExploitationFormEntry("labour", true)], "finland", false, [new DependentChildEntry(2020, "male")]);
            var month = 1 + i % 12;
            events.Add(new ApplicationReceivedIntegrationEvent(Guid.NewGuid(), Now, applicationId, caseId, new DateOnly(2024, month, 3), "written", false, false, profile, application));
            if (i % 4 == 3)
            {
                events.Add(new ApplicationRejectedIntegrationEvent(Guid.NewGuid(), Now, admissionId, applicationId, caseId, new DateOnly(2024, month, 20), "other", false, profile.Decided(), application.Decided()));
                continue;
            }
            events.Add(new ClientAdmittedIntegrationEvent(Guid.NewGuid(), Now, admissionId, applicationId, caseId, new DateOnly(2024, month, 20), false, profile.Decided(), application.Decided()));
            if (i % 5 == 0)
                events.Add(new ClientRemovedIntegrationEvent(Guid.NewGuid(), Now, Guid.NewGuid(), admissionId, caseId, new DateOnly(2024, Math.Min(month + 1, 12), 25), "left-finland"));
        }
        return events;
    }

    [Fact]
    public async Task Given_events_delivered_twice_When_counting_Then_each_is_counted_once()
    {
        var history = History(60);
        await DeliverAsync(history);
        var once = await AllIndicatorsAsync(2024);
        var facts = await Context().Facts.CountAsync();

        await DeliverAsync(history);

        Assert.Equal(facts, await Context().Facts.CountAsync());
        Assert.Equal(once, await AllIndicatorsAsync(2024));
    }

    [Fact]
    public async Task Given_events_in_another_order_When_counting_Then_every_figure_is_the_same()
    {
        var history = History(60);
        await DeliverAsync(history);
        var inOrder = await AllIndicatorsAsync(2024);
        await using (var db = Context())
        {
            await db.Facts.ExecuteDeleteAsync();
            await db.ProcessedEvents.ExecuteDeleteAsync();
        }

        await DeliverAsync(history.OrderBy(_ => Random.Shared.Next()).Reverse());

        Assert.Equal(inOrder, await AllIndicatorsAsync(2024));
        Assert.Contains("clients.new: adult=45,total=45", inOrder);
    }

    public void Dispose() => _store.Dispose();
}
