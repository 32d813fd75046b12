using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tilda.BuildingBlocks.Persistence;
using Tilda.Modules.Statistics.Engine;
using Tilda.Modules.Statistics.Facts;
using Tilda.Modules.Statistics.Migrations.PostgreSql;
using Tilda.Modules.Statistics.Migrations.Sqlite;
using Tilda.Modules.Statistics.Migrations.SqlServer;
using Tilda.Statistics.Indicators;
using Tilda.Statistics.Sdk;

namespace Tilda.Modules.Statistics.Tests;

/// <summary>
/// A fact store on a real database for the engine's tests: SQLite in memory, or a database of its own on the server
/// build/test.sh's server passes name — <c>TILDA_TEST_PROVIDER=PostgreSql</c> with <c>TILDA_TEST_POSTGRES</c>, or
/// <c>TILDA_TEST_PROVIDER=SqlServer</c> with <c>TILDA_TEST_SQLSERVER</c> (administrator connection strings).
/// </summary>
internal sealed class StatisticsStore : IDisposable
{
    private readonly SqliteConnection? _sqlite;
    private readonly string? _database;

    public StatisticsStore()
    {
        var provider = Environment.GetEnvironmentVariable("TILDA_TEST_PROVIDER");
        if (string.Equals(provider, "PostgreSql", StringComparison.OrdinalIgnoreCase))
        {
            _database = $"tilda_stats_{Guid.NewGuid():N}";
            Execute(DatabaseProvider.PostgreSql, $"CREATE DATABASE \"{_database}\"");
            Settings = new DatabaseSettings(DatabaseProvider.PostgreSql,
                new NpgsqlConnectionStringBuilder(Admin(DatabaseProvider.PostgreSql)) { Database = _database }.ConnectionString);
        }
        else if (string.Equals(provider, "SqlServer", StringComparison.OrdinalIgnoreCase))
        {
            _database = $"tilda_stats_{Guid.NewGuid():N}";
            Execute(DatabaseProvider.SqlServer, $"CREATE DATABASE [{_database}]");
            Settings = new DatabaseSettings(DatabaseProvider.SqlServer,
                new SqlConnectionStringBuilder(Admin(DatabaseProvider.SqlServer)) { InitialCatalog = _database }.ConnectionString);
        }
        else
        {
            _sqlite = new SqliteConnection("Data Source=:memory:");
            _sqlite.Open();
            Settings = new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=:memory:");
        }
        using var db = Context();
        db.Database.Migrate();
    }

    public DatabaseSettings Settings { get; }

    public StatisticsDbContext Context() => Settings.Provider switch
    {
        DatabaseProvider.PostgreSql => new PostgreSqlStatisticsDbContext(new DbContextOptionsBuilder<PostgreSqlStatisticsDbContext>()
            .UseNpgsql(Settings.ConnectionString, o => o.MigrationsHistoryTable("__migrations", StatisticsDbContext.Module)).Options),
        DatabaseProvider.SqlServer => new SqlServerStatisticsDbContext(new DbContextOptionsBuilder<SqlServerStatisticsDbContext>()
            .UseSqlServer(Settings.ConnectionString, o => o.MigrationsHistoryTable("__migrations", StatisticsDbContext.Module)).Options),
        _ => new SqliteStatisticsDbContext(new DbContextOptionsBuilder<SqliteStatisticsDbContext>()
            .UseSqlite(_sqlite!, o => o.MigrationsHistoryTable(ModuleTables.For(StatisticsDbContext.Module, null).MigrationsHistoryTable)).Options),
    };

    public async Task AddAsync(IEnumerable<FactRecord> facts)
    {
        await using var db = Context();
        foreach (var chunk in facts.Chunk(2000))
        {
            db.Facts.AddRange(chunk);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Every built-in indicator, keyed by id.</summary>
    public static IReadOnlyDictionary<string, IndicatorEntry> BuiltIns { get; } = BuiltInIndicators.Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IIndicator).IsAssignableFrom(t))
        .Select(t => (IIndicator)Activator.CreateInstance(t, nonPublic: true)!)
        .ToDictionary(i => i.Info.Id, i => new IndicatorEntry(i, "built-in", $"built-in:{i.Info.Version}"));

    /// <summary>The indicator's cells ("v1|v2" → value, and "total") for the snapshot, before disclosure control.</summary>
    public async Task<Dictionary<string, long>> CellsAsync(IndicatorEntry entry, Snapshot snapshot) => (await CellsAsync([entry], snapshot))[0];

    /// <summary>The indicators' cells, computed together as a release computes them.</summary>
    public async Task<IReadOnlyList<Dictionary<string, long>>> CellsAsync(IReadOnlyList<IndicatorEntry> entries, Snapshot snapshot)
    {
        await using var db = Context();
        var tables = await new TableEngine(db, Settings).ComputeAsync(entries, snapshot, CancellationToken.None);
        return [.. tables.Select(table =>
        {
            var cells = table.Cells.ToDictionary(c => string.Join('|', c.Key), c => c.Value);
            cells["total"] = table.Total.Values.Sum();
            return cells;
        })];
    }

    public void Dispose()
    {
        _sqlite?.Dispose();
        if (_database is null) return;
        if (Settings.Provider == DatabaseProvider.PostgreSql)
        {
            NpgsqlConnection.ClearAllPools();
            Execute(DatabaseProvider.PostgreSql, $"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
        }
        else
        {
            SqlConnection.ClearAllPools();
            Execute(DatabaseProvider.SqlServer, $"ALTER DATABASE [{_database}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{_database}]");
        }
    }

    private static string Admin(DatabaseProvider provider) => Environment.GetEnvironmentVariable(
            provider == DatabaseProvider.PostgreSql ? "TILDA_TEST_POSTGRES" : "TILDA_TEST_SQLSERVER")
        ?? throw new InvalidOperationException($"TILDA_TEST_PROVIDER={provider} needs the server's administrator connection string.");

    private static void Execute(DatabaseProvider provider, string sql)
    {
        using var connection = provider == DatabaseProvider.PostgreSql
            ? (System.Data.Common.DbConnection)new NpgsqlConnection(Admin(provider))
            : new SqlConnection(Admin(provider));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
