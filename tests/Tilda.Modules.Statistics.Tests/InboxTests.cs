using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Tilda.Modules.Cases.Contracts;
using Tilda.Modules.Decisions.Contracts;
using Tilda.Modules.Statistics.Api;
using Tilda.Modules.Statistics.Facts;
using Tilda.Modules.Statistics.Indicators;
using Tilda.Shared.Events;
using Tilda.BuildingBlocks.Persistence;
using Tilda.Statistics.Indicators;
using Tilda.Statistics.Sdk;

namespace Tilda.Modules.Statistics.Tests;

/// <summary>The inbox against a real SQLite database: redelivery, reordering and replays never change a figure.</summary>
public sealed class InboxTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2025, 1, 15, 12, 0, 0, TimeSpan.Zero);
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly Pseudonymizer _pseudonyms = new(new PseudonymKey(new byte[32]));

    public InboxTests()
    {
        _connection.Open();
        using var db = Context();
        db.Database.Migrate();
    }

    private StatisticsDbContext Context() => new Migrations.Sqlite.SqliteStatisticsDbContext(new DbContextOptionsBuilder<Migrations.Sqlite.SqliteStatisticsDbContext>()
        .UseSqlite(_connection, o => o.MigrationsHistoryTable(ModuleTables.For(StatisticsDbContext.Module, null).MigrationsHistoryTable))
        .Options);

    private async Task DeliverAsync(IEnumerable<IntegrationEvent> events)
    {
        foreach (var e in events)
        {
            await using var db = Context();
            var inbox = new StatisticsInbox(db, new FactProjector(_pseudonyms), TimeProvider.System);
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

    /// <summary>Every built-in indicator for the year, computed with a disclosure threshold of 3.</summary>
    private string AllIndicators(int year)
    {
        using var db = Context();
        var tables = new IndicatorTables(db, new DisclosureSettings(3));
        var indicators = BuiltInIndicators.Assembly.GetTypes()
            .Where(t => typeof(IIndicator).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => (IIndicator)Activator.CreateInstance(t)!)
            .OrderBy(i => i.Info.Id);
        return string.Join('\n', indicators.Select(i =>
        {
            var table = tables.Compute(new CatalogEntry(i, "built-in"), PeriodRequest.Parse(year, null, null));
            return $"{i.Info.Id}: {table.Total} {string.Join(',', table.Rows.Select(r => $"{string.Join('|', r.Dimensions.Values)}={r.Value}"))}";
        }));
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
        var once = AllIndicators(2024);
        var facts = await Context().Facts.CountAsync();

        await DeliverAsync(history);

        Assert.Equal(facts, await Context().Facts.CountAsync());
        Assert.Equal(once, AllIndicators(2024));
    }

    [Fact]
    public async Task Given_events_in_another_order_When_counting_Then_every_figure_is_the_same()
    {
        var history = History(60);
        await DeliverAsync(history);
        var inOrder = AllIndicators(2024);
        await using (var db = Context())
        {
            await db.Facts.ExecuteDeleteAsync();
            await db.ProcessedEvents.ExecuteDeleteAsync();
        }

        await DeliverAsync(history.OrderBy(_ => Random.Shared.Next()).Reverse());

        Assert.Equal(inOrder, AllIndicators(2024));
        Assert.Contains("clients.new: 45", inOrder);
    }

    public void Dispose() => _connection.Dispose();
}
