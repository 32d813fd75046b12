using System.Diagnostics;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;
using Tilda.BuildingBlocks.Persistence;
using Tilda.Host.IntegrationTests.Infrastructure;

namespace Tilda.Host.IntegrationTests;

/// <summary>The backup and restore procedures of docs/operations.md, carried out and checked.</summary>
public sealed class BackupTests
{
    [Fact]
    public async Task Given_a_backup_taken_while_the_service_runs_When_restored_into_a_fresh_database_Then_the_same_case_and_statistics_are_read()
    {
        using var app = TildaApp.WithSettings(("Statistics:Disclosure:Threshold", "3"));
        var caseworker = app.ClientAs("caseworker", "decision-maker");
        Guid caseId = default;
        for (var i = 0; i < 4; i++)
        {
            var (applicationId, id) = await caseworker.RegisterAsync(Api.Application("2024-10-01", surname: $"Varmuuskopio{i}"));
            await caseworker.DecideAsync(Api.Admission(applicationId, "2024-10-15"));
            caseId = id;
        }
        await app.EventsDelivered();
        var caseBefore = (await caseworker.GetJson($"/api/cases/{caseId}")).ToJsonString();
        var reportBefore = (await app.ClientAs("statistician").AnnualReport(2024)).ToJsonString();

        var (folder, database) = await BackUpAndRestoreAsync(app);

        using var restored = TildaApp.Open(folder, database, app.Settings);
        Assert.NotEqual(app.DatabaseFile, restored.DatabaseFile);
        Assert.Equal(caseBefore, (await restored.ClientAs("caseworker").GetJson($"/api/cases/{caseId}")).ToJsonString());
        Assert.Equal(reportBefore, (await restored.ClientAs("statistician").AnnualReport(2024)).ToJsonString());
    }

    /// <summary>SQLite: the online backup API (what <c>sqlite3 tilda.db ".backup …"</c> does) plus the data folder's keys.
    /// PostgreSQL: <c>pg_dump -Fc</c> and <c>pg_restore</c> into a new database. SQL Server: <c>BACKUP DATABASE … COPY_ONLY</c>
    /// and <c>RESTORE DATABASE … WITH MOVE</c> into a new database.</summary>
    private static async Task<(string Folder, string Database)> BackUpAndRestoreAsync(TildaApp app)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "tilda-tests", Guid.NewGuid().ToString("N"))).FullName;
        foreach (var key in Directory.GetFiles(app.Folder, "*.key")) File.Copy(key, Path.Combine(folder, Path.GetFileName(key)));
        switch (TestProvider.Current)
        {
            case DatabaseProvider.PostgreSql:
                var restored = TestProvider.NewDatabase(folder);
                var dump = Path.Combine(folder, "tilda.dump");
                await RunAsync("pg_dump", "-Fc", "-f", dump, Uri(app.DatabaseFile));
                await RunAsync("pg_restore", "--no-owner", "-d", Uri(restored), dump);
                return (folder, restored);
            case DatabaseProvider.SqlServer:
                return (folder, SqlServerBackUpAndRestore(app.DatabaseFile));
            default:
                var backup = Path.Combine(folder, "tilda.db");
                await using (var source = new SqliteConnection($"Data Source={app.DatabaseFile}"))
                await using (var destination = new SqliteConnection($"Data Source={backup}"))
                {
                    await source.OpenAsync();
                    await destination.OpenAsync();
                    source.BackupDatabase(destination);
                }
                return (folder, backup);
        }
    }

    /// <summary>The backup file lives in the server's default backup folder (a relative path), overwritten by each run.</summary>
    private static string SqlServerBackUpAndRestore(string target)
    {
        var source = new SqlConnectionStringBuilder(TestProvider.ServerConnectionString(target)).InitialCatalog;
        var restored = $"tilda_test_{Guid.NewGuid():N}";
        const string file = "tilda-integration-tests.bak";
        TestProvider.ExecuteSqlServer($"BACKUP DATABASE [{source}] TO DISK = N'{file}' WITH COPY_ONLY, FORMAT, INIT");
        TestProvider.ExecuteSqlServer($"""
            DECLARE @dataName sysname = (SELECT name FROM [{source}].sys.database_files WHERE type_desc = 'ROWS');
            DECLARE @logName sysname = (SELECT name FROM [{source}].sys.database_files WHERE type_desc = 'LOG');
            DECLARE @dataFile nvarchar(4000) = CAST(SERVERPROPERTY('InstanceDefaultDataPath') AS nvarchar(4000)) + N'{restored}.mdf';
            DECLARE @logFile nvarchar(4000) = CAST(SERVERPROPERTY('InstanceDefaultLogPath') AS nvarchar(4000)) + N'{restored}_log.ldf';
            RESTORE DATABASE [{restored}] FROM DISK = N'{file}' WITH MOVE @dataName TO @dataFile, MOVE @logName TO @logFile;
            """);
        return TestProvider.SqlServerTarget(restored);
    }

    private static string Uri(string target)
    {
        var cs = new NpgsqlConnectionStringBuilder(TestProvider.ServerConnectionString(target));
        return $"postgresql://{cs.Username}@{cs.Host}:{cs.Port}/{cs.Database}";
    }

    private static async Task RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {error}");
    }
}
