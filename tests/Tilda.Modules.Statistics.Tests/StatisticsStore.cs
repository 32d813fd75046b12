using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tilda.BuildingBlocks.Persistence;
using Tilda.Modules.Statistics.Engine;
using Tilda.Modules.Statistics.Facts;
using Tilda.Modules.Statistics.Migrations.PostgreSql;
using Tilda.Modules.Statistics.Migrations.Sqlite;
using Tilda.Statistics.Indicators;
using Tilda.Statistics.Sdk;

namespace Tilda.Modules.Statistics.Tests;

/// <summary>
/// A fact store on a real database for the engine's tests: SQLite in memory, or — when <c>TILDA_TEST_POSTGRES</c> names a
/// server (build/test.sh's PostgreSQL pass) and <c>TILDA_TEST_PROVIDER=PostgreSql</c> — a database of its own there.
/// </summary>
internal sealed class StatisticsStore : IDisposable
{
    private readonly SqliteConnection? _sqlite;
    private readonly string? _postgres;
    private readonly string? _database;

    public StatisticsStore()
    {
        if (string.Equals(Environment.GetEnvironmentVariable("TILDA_TEST_PROVIDER"), "PostgreSql", StringComparison.OrdinalIgnoreCase))
        {
            var admin = Environment.GetEnvironmentVariable("TILDA_TEST_POSTGRES")!;
            _database = $"tilda_stats_{Guid.NewGuid():N}";
            Execute(admin, $"CREATE DATABASE \"{_database}\"");
            _postgres = new NpgsqlConnectionStringBuilder(admin) { Database = _database }.ConnectionString;
            Settings = new DatabaseSettings(DatabaseProvider.PostgreSql, _postgres);
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

    public StatisticsDbContext Context() => _postgres is not null
        ? new PostgreSqlStatisticsDbContext(new DbContextOptionsBuilder<PostgreSqlStatisticsDbContext>()
            .UseNpgsql(_postgres, o => o.MigrationsHistoryTable("__migrations", StatisticsDbContext.Module)).Options)
        : new SqliteStatisticsDbContext(new DbContextOptionsBuilder<SqliteStatisticsDbContext>()
            .UseSqlite(_sqlite!, o => o.MigrationsHistoryTable(ModuleTables.For(StatisticsDbContext.Module, null).MigrationsHistoryTable)).Options);

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

    /// <summary>The indicator's cells ("v1|v2" → value) for the snapshot, before disclosure control.</summary>
    public async Task<Dictionary<string, long>> CellsAsync(IndicatorEntry entry, Snapshot snapshot)
    {
        await using var db = Context();
        var table = await new TableEngine(db, Settings).ComputeAsync(entry, snapshot, CancellationToken.None);
        var cells = table.Cells.ToDictionary(c => string.Join('|', c.Key), c => c.Value);
        cells["total"] = table.Total.Values.Sum();
        return cells;
    }

    public void Dispose()
    {
        _sqlite?.Dispose();
        if (_database is null) return;
        NpgsqlConnection.ClearAllPools();
        Execute(Environment.GetEnvironmentVariable("TILDA_TEST_POSTGRES")!, $"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
