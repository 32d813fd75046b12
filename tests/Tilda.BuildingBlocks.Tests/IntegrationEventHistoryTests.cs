using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tilda.BuildingBlocks.Outbox;
using Tilda.BuildingBlocks.Persistence;
using Tilda.Shared.Events;

namespace Tilda.BuildingBlocks.Tests;

/// <summary>Today's class for the events an earlier class, since renamed, stored as <c>tests.parcel-sent.v1</c>.</summary>
[IntegrationEventName("tests.parcel-sent", 1)]
internal sealed record ParcelDispatchedIntegrationEvent(Guid Id, DateTimeOffset OccurredAt, Guid ParcelId, DateOnly SentOn)
    : IntegrationEvent(Id, OccurredAt);

/// <summary>The outbox is the permanent event history: it is read back by the events' stable names, never by CLR type.</summary>
public sealed class IntegrationEventHistoryTests : IDisposable
{
    private readonly SqliteConnection _keepAlive;
    private readonly ServiceProvider _services;

    public IntegrationEventHistoryTests()
    {
        var database = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source=history-{Guid.NewGuid():N};Mode=Memory;Cache=Shared");
        _keepAlive = new SqliteConnection(database.ConnectionString);
        _keepAlive.Open();
        var services = new ServiceCollection();
        services.AddOutboxRelay(new ConfigurationBuilder().Build());
        services.AddModule<OutboxOnlyContext, OutboxOnlyContext, OutboxOnlyContext, OutboxOnlyContext>(
            database, OutboxOnlyContext.Module, typeof(ParcelDispatchedIntegrationEvent).Assembly);
        _services = services.BuildServiceProvider();
        using var scope = _services.CreateScope();
        scope.ServiceProvider.GetRequiredService<OutboxOnlyContext>().Database.EnsureCreated();
    }

    [Fact]
    public async Task Given_a_row_written_before_its_event_class_was_renamed_When_the_history_is_replayed_Then_it_reads_back_as_the_renamed_class()
    {
        var (id, parcelId) = (Guid.NewGuid(), Guid.NewGuid());
        Insert(id, "tests.parcel-sent.v1",
            $$"""{"parcelId":"{{parcelId}}","sentOn":"2024-05-02","id":"{{id}}","occurredAt":"2024-05-02T09:30:00+00:00"}""");

        var history = await HistoryAsync();

        var replayed = Assert.IsType<ParcelDispatchedIntegrationEvent>(Assert.Single(history));
        Assert.Equal(new ParcelDispatchedIntegrationEvent(id, new DateTimeOffset(2024, 5, 2, 9, 30, 0, TimeSpan.Zero), parcelId, new DateOnly(2024, 5, 2)), replayed);
    }

    [Fact]
    public async Task Given_an_event_When_written_to_the_outbox_Then_it_is_stored_under_its_stable_name_and_replays_equal()
    {
        var written = new ParcelDispatchedIntegrationEvent(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), new DateOnly(2025, 1, 31));
        using (var scope = _services.CreateScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<OutboxOnlyContext>();
            context.AddIntegrationEvent(written);
            await context.SaveChangesAsync();
        }

        using var select = _keepAlive.CreateCommand();
        select.CommandText = "SELECT \"Type\" FROM \"decisions_outbox_messages\"";
        Assert.Equal("tests.parcel-sent.v1", select.ExecuteScalar());
        Assert.Equal(written, Assert.Single(await HistoryAsync()));
    }

    [Fact]
    public async Task Given_a_row_under_a_name_no_event_carries_When_the_history_is_replayed_Then_it_fails_naming_it()
    {
        Insert(Guid.NewGuid(), "Tilda.Modules.Parcels.ParcelSentIntegrationEvent", "{}");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(HistoryAsync);

        Assert.Contains("No integration event named 'Tilda.Modules.Parcels.ParcelSentIntegrationEvent'", error.Message);
    }

    private void Insert(Guid id, string type, string payload)
    {
        using var insert = _keepAlive.CreateCommand();
        insert.CommandText = "INSERT INTO \"decisions_outbox_messages\" (\"Id\", \"Type\", \"Payload\", \"OccurredAt\", \"DeliveredAt\", \"Attempts\") " +
                             "VALUES ($id, $type, $payload, '2024-05-02 09:30:00', '2024-05-02 09:30:01', 0)";
        insert.Parameters.AddWithValue("$id", id.ToString().ToUpperInvariant());
        insert.Parameters.AddWithValue("$type", type);
        insert.Parameters.AddWithValue("$payload", payload);
        insert.ExecuteNonQuery();
    }

    private async Task<List<IntegrationEvent>> HistoryAsync()
    {
        var events = new List<IntegrationEvent>();
        await foreach (var e in _services.GetRequiredService<IntegrationEventLog>().HistoryAsync(CancellationToken.None)) events.Add(e);
        return events;
    }

    public void Dispose()
    {
        _services.Dispose();
        _keepAlive.Dispose();
    }
}
