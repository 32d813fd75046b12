using Tilda.Modules.Audit.Contracts;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Tilda.Modules.ServiceNeeds.Contracts;
using Tilda.Modules.ServiceNeeds.Migrations.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Tilda.Modules.Cases.Contracts;
using Tilda.Modules.Decisions.Contracts;
using Tilda.Shared;
using Tilda.Shared.Events;
using Tilda.BuildingBlocks.Outbox;
using Tilda.BuildingBlocks.Persistence;

namespace Tilda.Modules.ServiceNeeds.Tests;

/// <summary>
/// The service on its own migrated database (in-memory SQLite), with Cases and Decisions answered by fakes and a
/// clock fixed at <see cref="Today"/>.
/// </summary>
internal sealed class Harness : IDisposable
{
    private static readonly IntegrationEventTypes EventTypes = new([new(typeof(ServiceNeedsAssessedIntegrationEvent).Assembly)]);

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

    public ServiceNeedsDbContext Context() => new SqliteServiceNeedsDbContext(new DbContextOptionsBuilder<SqliteServiceNeedsDbContext>()
        .UseSqlite(_connection, o => o.MigrationsHistoryTable(ModuleTables.For(ServiceNeedsDbContext.Module, null).MigrationsHistoryTable))
        .Options);

    /// <summary>Runs one request on a fresh context and service, as the host does per request.</summary>
    public async Task<T> Run<T>(Func<ServiceNeedsService, Task<T>> request)
    {
        await using var db = Context();
        return await request(new ServiceNeedsService(db, Cases, Decisions, Clock, new AssessmentValidator(Clock), new EndMeasureValidator(Clock), new NoAudit()));
    }

    public async Task<(int Assessments, int Measures, List<IntegrationEvent> Events)> WrittenAsync()
    {
        await using var db = Context();
        var events = (await db.Set<OutboxMessage>().OrderBy(m => m.OccurredAt).ToListAsync()).Select(m => m.Deserialize(EventTypes)).ToList();
        return (await db.Assessments.CountAsync(), await db.Measures.CountAsync(), events);
    }

    public void Dispose() => _connection.Dispose();
}

internal sealed class FakeClock(DateOnly today) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}

/// <summary>One known case; its person's birth date (null: age unknown) gives the age on any date.</summary>
internal sealed class FakeCases : ICasesModule
{
    public Guid CaseId { get; } = Guid.NewGuid();
    public DateOnly? BirthDate { get; set; } = new(1990, 5, 5);

    public Task<ApplicationSummary?> FindApplicationAsync(Guid applicationId, CancellationToken cancellationToken) => Task.FromResult<ApplicationSummary?>(null);

    public Task<bool> CaseExistsAsync(Guid caseId, CancellationToken cancellationToken) => Task.FromResult(caseId == CaseId);

    public Task<DateOnly?> FirstApplicationOnAsync(Guid caseId, CancellationToken cancellationToken) =>
        Task.FromResult(caseId == CaseId ? new DateOnly(2024, 2, 1) : (DateOnly?)null);

    public Task<ClientProfile?> GetProfileAsync(Guid caseId, DateOnly onDate, CancellationToken cancellationToken) =>
        Task.FromResult(caseId == CaseId ? new ClientProfile(AgeOn(onDate), "female", "NGA", "irregular", false) : null);

    public Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Guid caseId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<TimelineEntry>>([]);

    private int? AgeOn(DateOnly date) => BirthDate is { } born ? date.Year - born.Year - (date < born.AddYears(date.Year - born.Year) ? 1 : 0) : null;
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
