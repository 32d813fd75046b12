using Tilda.Modules.Audit.Contracts;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Tilda.Modules.ReflectionPeriods.Contracts;
using Tilda.Modules.ReflectionPeriods.Migrations.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Tilda.Modules.Cases.Contracts;
using Tilda.Modules.Decisions.Contracts;
using Tilda.Shared;
using Tilda.Shared.Events;
using Tilda.BuildingBlocks.Outbox;
using Tilda.BuildingBlocks.Persistence;

namespace Tilda.Modules.ReflectionPeriods.Tests;

/// <summary>
/// The service on its own migrated database (in-memory SQLite), with Cases and Decisions answered by fakes and a
/// clock fixed at <see cref="Today"/>.
/// </summary>
internal sealed class Harness : IDisposable
{
    private static readonly IntegrationEventTypes EventTypes = new([new(typeof(ReflectionPeriodGrantedIntegrationEvent).Assembly)]);

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
    public FakeDecisions Decisions { get; } = new();
    public Guid CaseId => Cases.CaseId;

    public ReflectionPeriodsDbContext Context() => new SqliteReflectionPeriodsDbContext(new DbContextOptionsBuilder<SqliteReflectionPeriodsDbContext>()
        .UseSqlite(_connection, o => o.MigrationsHistoryTable(ModuleTables.For(ReflectionPeriodsDbContext.Module, null).MigrationsHistoryTable))
        .Options);

    /// <summary>Runs one request on a fresh context and service, as the host does per request.</summary>
    public async Task<T> Run<T>(Func<ReflectionPeriodsService, Task<T>> request)
    {
        await using var db = Context();
        return await request(new ReflectionPeriodsService(db, Cases, Decisions, Clock, new GrantValidator(Clock), new EndValidator(Clock), new NoAudit()));
    }

    public async Task<(int Periods, List<IntegrationEvent> Events)> WrittenAsync()
    {
        await using var db = Context();
        var events = (await db.Set<OutboxMessage>().OrderBy(m => m.OccurredAt).ThenBy(m => m.Id).ToListAsync()).Select(m => m.Deserialize(EventTypes)).ToList();
        return (await db.Periods.CountAsync(), events);
    }

    public void Dispose() => _connection.Dispose();
}

internal sealed class FakeClock(DateOnly today) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}

/// <summary>One known case; its person's residence status is <see cref="ResidenceStatus"/>, or from
/// <see cref="ChangedOn"/> on <see cref="ResidenceStatusLater"/> (as recorded on a date).</summary>
internal sealed class FakeCases : ICasesModule
{
    public Guid CaseId { get; } = Guid.NewGuid();
    public string ResidenceStatus { get; set; } = "irregular";
    public DateOnly ChangedOn { get; set; } = DateOnly.MaxValue;
    public string ResidenceStatusLater { get; set; } = "residence-permit";

    public Task<ApplicationSummary?> FindApplicationAsync(Guid applicationId, CancellationToken cancellationToken) => Task.FromResult<ApplicationSummary?>(null);

    public Task<bool> CaseExistsAsync(Guid caseId, CancellationToken cancellationToken) => Task.FromResult(caseId == CaseId);

    public Task<DateOnly?> FirstApplicationOnAsync(Guid caseId, CancellationToken cancellationToken) =>
        Task.FromResult(caseId == CaseId ? new DateOnly(2024, 2, 1) : (DateOnly?)null);

    public Task<ClientProfile?> GetProfileAsync(Guid caseId, DateOnly onDate, CancellationToken cancellationToken) =>
        Task.FromResult(caseId == CaseId ? new ClientProfile(33, "female", "NGA", onDate < ChangedOn ? ResidenceStatus : ResidenceStatusLater, false) : null);

    public Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Guid caseId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<TimelineEntry>>([]);
}

/// <summary>The case's person is a client admitted on <see cref="AdmittedOn"/>, or (null) not a current client.</summary>
internal sealed class FakeDecisions : IDecisionsModule
{
    public DateOnly? AdmittedOn { get; set; } = new(2024, 2, 10);

    public Task<ClientAdmission?> CurrentAdmissionAsync(Guid caseId, CancellationToken cancellationToken) =>
        Task.FromResult(AdmittedOn is { } on ? new ClientAdmission(Guid.NewGuid(), on) : null);

    public Task<IReadOnlySet<Guid>> CurrentClientsAsync(IReadOnlyCollection<Guid> caseIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<Guid>>(AdmittedOn is null ? new HashSet<Guid>() : caseIds.ToHashSet());

    public Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Guid caseId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<TimelineEntry>>([]);
}

internal sealed class NoAudit : IAuditTrail
{
    public void Read(Guid caseId) { }
    public void Listed(IEnumerable<Guid> caseIds) { }
    public Task ChangingAsync(Guid caseId, CancellationToken cancellationToken) => Task.CompletedTask;
}
