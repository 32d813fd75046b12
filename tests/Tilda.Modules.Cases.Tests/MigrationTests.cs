using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Tilda.Shared.Persistence;

namespace Tilda.Modules.Cases.Tests;

public sealed class MigrationTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"tilda-migration-{Guid.NewGuid():N}.db");

    private CasesDbContext Context() => new(new DbContextOptionsBuilder<CasesDbContext>()
        .UseSqlite($"Data Source={_file}", o => o.MigrationsHistoryTable(ModuleTables.For(CasesDbContext.Module, null).MigrationsHistoryTable))
        .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
        .Options);

    [Fact]
    public async Task Given_a_database_filled_at_the_first_migration_When_upgraded_to_the_latest_Then_every_row_is_intact_and_backfilled()
    {
        var caseId = Guid.NewGuid();
        var applicationId = Guid.NewGuid();
        await using (var db = Context())
        {
            await db.GetService<IMigrator>().MigrateAsync("20261122090000_InitialCases");
            await using var connection = new SqliteConnection($"Data Source={_file};Pooling=False");
            await connection.OpenAsync();
            var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO cases_cases (Id, Status, SearchText, GivenNames, Surname, BirthDate, BirthYear, Sex, Citizenships, ResidenceStatus,
                    HasMunicipalityOfResidence, PersonalIdentityCode, OpenedOn, ClientSince, RemovedOn, Version, CreatedAt)
                VALUES ($case, 'client', 'VANHA ASIAKAS', 'Vanha', 'Asiakas', '1990-05-05', 1990, 'male', 'VNM,THA', 'irregular',
                    0, NULL, '2024-02-01', '2024-02-10', NULL, 3, '2024-02-01 10:00:00');
                INSERT INTO cases_applications (Id, CaseId, ReceivedOn, Channel, Urgent, ConsentGiven, ReferrerType, ReferrerOrganisation,
                    ApplicantRole, ExploitationForms, ExploitationLocation, ExploitationCountries, MinorAtTime, DependentChildren, Status, RecordedAt)
                VALUES ($application, $case, '2024-02-01', 'phone', 1, 1, 'police', NULL, 'presumed-victim',
                    '[{"form":"labour","primary":true}]', 'finland', 'FIN', 0, '[]', 'admitted', '2024-02-01 10:00:00');
                """;
            // EF stores a Guid on SQLite as upper-case text.
            insert.Parameters.AddWithValue("$case", caseId.ToString().ToUpperInvariant());
            insert.Parameters.AddWithValue("$application", applicationId.ToString().ToUpperInvariant());
            await insert.ExecuteNonQueryAsync();
        }

        await using (var db = Context())
        {
            Assert.Equal(["20261122093000_PersonSnapshots"], await db.Database.GetPendingMigrationsAsync());
            await db.Database.MigrateAsync();
        }

        await using (var db = Context())
        {
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            var @case = await db.Cases.Include(c => c.Applications).Include(c => c.PersonHistory).SingleAsync(c => c.Id == caseId);
            Assert.Equal("client", @case.Status);
            Assert.Equal("Vanha", @case.Person.GivenNames);
            Assert.Equal(["VNM", "THA"], @case.Person.Citizenships);
            Assert.Equal(3, @case.Version);
            Assert.Equal(new DateOnly(2024, 2, 10), @case.ClientSince);
            var application = Assert.Single(@case.Applications);
            Assert.Equal(applicationId, application.Id);
            Assert.Equal("labour", Assert.Single(application.ExploitationForms).Form);
            var snapshot = Assert.Single(@case.PersonHistory);
            Assert.Equal(new DateOnly(2024, 2, 1), snapshot.EffectiveFrom);
            Assert.Equal("irregular", snapshot.ResidenceStatus);
            Assert.Equal(["VNM", "THA"], snapshot.Citizenships);
            Assert.Equal(33, @case.ProfileOn(new DateOnly(2024, 2, 10)).AgeYears);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }
}
