using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;
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
    /// PostgreSQL: <c>pg_dump -Fc</c> and <c>pg_restore</c> into a new database.</summary>
    private static async Task<(string Folder, string Database)> BackUpAndRestoreAsync(TildaApp app)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "tilda-tests", Guid.NewGuid().ToString("N"))).FullName;
        foreach (var key in Directory.GetFiles(app.Folder, "*.key")) File.Copy(key, Path.Combine(folder, Path.GetFileName(key)));
        if (!TestProvider.IsPostgres)
        {
            var backup = Path.Combine(folder, "tilda.db");
            await using var source = new SqliteConnection($"Data Source={app.DatabaseFile}");
            await using var destination = new SqliteConnection($"Data Source={backup}");
            await source.OpenAsync();
            await destination.OpenAsync();
            source.BackupDatabase(destination);
            return (folder, backup);
        }
        var restored = TestProvider.NewDatabase(folder);
        var dump = Path.Combine(folder, "tilda.dump");
        await RunAsync("pg_dump", "-Fc", "-f", dump, Uri(app.DatabaseFile));
        await RunAsync("pg_restore", "--no-owner", "-d", Uri(restored), dump);
        return (folder, restored);
    }

    private static string Uri(string target)
    {
        var cs = new NpgsqlConnectionStringBuilder(target[TestProvider.PostgresPrefix.Length..]);
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
