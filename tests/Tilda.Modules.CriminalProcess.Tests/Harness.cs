using Tilda.Modules.Audit.Contracts;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Tilda.Modules.CriminalProcess.Contracts;
using Tilda.Modules.CriminalProcess.Migrations.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Tilda.Modules.Cases.Contracts;
using Tilda.Shared;
using Tilda.Shared.Events;
using Tilda.BuildingBlocks.Outbox;
using Tilda.BuildingBlocks.Persistence;

namespace Tilda.Modules.CriminalProcess.Tests;

/// <summary>
/// The service on its own migrated database (in-memory SQLite), with Cases answered by a fake and a
/// clock fixed at <see cref="Today"/>.
/// </summary>
internal sealed class Harness : IDisposable
{
    private static readonly IntegrationEventTypes EventTypes = new([new(typeof(CriminalProcessStageRecordedIntegrationEvent).Assembly)]);

    public static readonly DateOnly Today = new(2024, 12, 31);

    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public Harness()
    {
        _connection.Open();
        using var db = Context();
        db.Database.Migrate();
    }

    public FakeClock Clock { get; } = new(Today);
    public FakeCases Cases { get; } = new();
    public Guid CaseId => Cases.CaseId;

    public CriminalProcessDbContext Context() => new SqliteCriminalProcessDbContext(new DbContextOptionsBuilder<SqliteCriminalProcessDbContext>()
        .UseSqlite(_connection, o => o.MigrationsHistoryTable(ModuleTables.For(CriminalProcessDbContext.Module, null).MigrationsHistoryTable))
        .Options);

    /// <summary>Runs one request on a fresh context and service, as the host does per request.</summary>
    public async Task<T> Run<T>(Func<CriminalProcessService, Task<T>> request)
    {
        await using var db = Context();
        return await request(new CriminalProcessService(db, Cases, Clock, new StageValidator(Clock), new NoAudit()));
    }

    public async Task<(int Stages, List<IntegrationEvent> Events)> WrittenAsync()
    {
        await using var db = Context();
        var events = (await db.Set<OutboxMessage>().OrderBy(m => m.OccurredAt).ThenBy(m => m.Id).ToListAsync()).Select(m => m.Deserialize(EventTypes)).ToList();
        return (await db.Stages.CountAsync(), events);
    }

    public void Dispose() => _connection.Dispose();
}

internal sealed class FakeClock(DateOnly today) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}

/// <summary>One known case, whose first application was received on <see cref="FirstApplicationOn"/>.</summary>
internal sealed class FakeCases : ICasesModule
{
    public Guid CaseId { get; } = Guid.NewGuid();
    public DateOnly FirstApplicationOn { get; set; } = new(2024, 2, 1);

    public Task<ApplicationSummary?> FindApplicationAsync(Guid applicationId, CancellationToken cancellationToken) => Task.FromResult<ApplicationSummary?>(null);

    public Task<bool> CaseExistsAsync(Guid caseId, CancellationToken cancellationToken) => Task.FromResult(caseId == CaseId);

    public Task<DateOnly?> FirstApplicationOnAsync(Guid caseId, CancellationToken cancellationToken) =>
        Task.FromResult(caseId == CaseId ? FirstApplicationOn : (DateOnly?)null);

    public Task<ClientProfile?> GetProfileAsync(Guid caseId, DateOnly onDate, CancellationToken cancellationToken) =>
        Task.FromResult(caseId == CaseId ? new ClientProfile(33, "female", "NGA", "irregular", false) : null);

    public Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Guid caseId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<TimelineEntry>>([]);
}

internal sealed class NoAudit : IAuditTrail
{
    public void Read(Guid caseId) { }
    public void Listed(IEnumerable<Guid> caseIds) { }
    public Task ChangingAsync(Guid caseId, CancellationToken cancellationToken) => Task.CompletedTask;
}
