using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;
using Tilda.BuildingBlocks.Persistence;

namespace Tilda.Host.IntegrationTests.Infrastructure;

/// <summary>
/// Reads a test host's database directly, to see what a request really wrote. The target is a SQLite file path,
/// or a server's connection string behind its prefix (see <see cref="TestProvider"/>). Tables are named as on SQLite
/// (<c>decisions_outbox_messages</c>); on the servers the module prefix is the schema (<c>"decisions"."outbox_messages"</c>).
/// </summary>
public static class DatabaseFile
{
    private static readonly string[] Modules = ["reflection_periods", "criminal_process", "service_needs", "statistics", "decisions", "cases", "audit"];

    public static async Task<long> CountAsync(string target, string table, string? where = null)
    {
        await using var connection = await OpenAsync(target);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {Qualify(target, table)}" + (where is null ? "" : $" WHERE {where}");
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    /// <summary>Runs a statement on the database behind the host's back (e.g. a trigger that makes a table refuse writes):
    /// <paramref name="sqlite"/>, <paramref name="postgres"/> or <paramref name="sqlServer"/>, whichever the target is.</summary>
    public static async Task ExecuteAsync(string target, string sqlite, string postgres, string sqlServer)
    {
        await using var connection = await OpenAsync(target, write: true);
        await using var command = connection.CreateCommand();
        command.CommandText = TestProvider.Of(target) switch
        {
            DatabaseProvider.PostgreSql => postgres,
            DatabaseProvider.SqlServer => sqlServer,
            _ => sqlite,
        };
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Outbox messages not yet delivered, over every module.</summary>
    public static async Task<long> UndeliveredEventsAsync(string target)
    {
        long pending = 0;
        foreach (var table in await TablesAsync(target))
            if (table.EndsWith("_outbox_messages", StringComparison.Ordinal))
                pending += await CountAsync(target, table, "\"DeliveredAt\" IS NULL");
        return pending;
    }

    /// <summary>Row counts of every table except the migration histories.</summary>
    public static async Task<Dictionary<string, long>> RowCountsAsync(string target)
    {
        var counts = new Dictionary<string, long>();
        foreach (var table in await TablesAsync(target)) counts[table] = await CountAsync(target, table);
        return counts;
    }

    /// <summary>Every value stored in the tables whose (SQLite-style) name starts with the prefix, as text.</summary>
    public static async Task<List<string>> AllTextAsync(string target, string tablePrefix)
    {
        var values = new List<string>();
        await using var connection = await OpenAsync(target);
        foreach (var table in (await TablesAsync(target)).Where(t => t.StartsWith(tablePrefix, StringComparison.Ordinal)))
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM {Qualify(target, table)}";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                for (var i = 0; i < reader.FieldCount; i++)
                    if (!reader.IsDBNull(i)) values.Add(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!);
        }
        return values;
    }

    /// <summary>Adds a row, the values given as parameters (a Guid as SQLite's EF provider stores it: upper-case text).</summary>
    public static async Task InsertAsync(string target, string table, IReadOnlyDictionary<string, object?> values)
    {
        await using var connection = await OpenAsync(target, write: true);
        await using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO {Qualify(target, table)} ({string.Join(", ", values.Keys.Select(k => $"\"{k}\""))}) " +
                             $"VALUES ({string.Join(", ", values.Keys.Select((_, i) => $"@v{i}"))})";
        foreach (var (value, i) in values.Values.Select((v, i) => (v, i)))
        {
            var parameter = insert.CreateParameter();
            parameter.ParameterName = $"@v{i}";
            parameter.Value = value is Guid id && TestProvider.Of(target) == DatabaseProvider.Sqlite ? id.ToString().ToUpperInvariant() : value ?? DBNull.Value;
            insert.Parameters.Add(parameter);
        }
        await insert.ExecuteNonQueryAsync();
    }

    private static async Task<DbConnection> OpenAsync(string target, bool write = false)
    {
        DbConnection connection = TestProvider.Of(target) switch
        {
            DatabaseProvider.PostgreSql => new NpgsqlConnection(TestProvider.ServerConnectionString(target)),
            DatabaseProvider.SqlServer => new SqlConnection(TestProvider.ServerConnectionString(target)),
            _ => new SqliteConnection($"Data Source={target};Mode={(write ? "ReadWrite" : "ReadOnly")};Pooling=False"),
        };
        await connection.OpenAsync();
        return connection;
    }

    private static string Qualify(string target, string table)
    {
        if (TestProvider.Of(target) == DatabaseProvider.Sqlite) return $"\"{table}\"";
        var module = Modules.First(m => table.StartsWith(m + "_", StringComparison.Ordinal));
        return $"\"{module}\".\"{table[(module.Length + 1)..]}\"";
    }

    /// <summary>The module tables, SQLite-style names, without the migration histories.</summary>
    private static async Task<List<string>> TablesAsync(string target)
    {
        await using var connection = await OpenAsync(target);
        await using var list = connection.CreateCommand();
        list.CommandText = TestProvider.Of(target) switch
        {
            DatabaseProvider.PostgreSql => "SELECT table_schema || '_' || table_name FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema', 'public') AND table_name NOT LIKE '%migrations%'",
            DatabaseProvider.SqlServer => "SELECT TABLE_SCHEMA + '_' + TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_TYPE = 'BASE TABLE' AND TABLE_SCHEMA NOT IN ('dbo', 'sys', 'INFORMATION_SCHEMA') AND TABLE_NAME NOT LIKE '%migrations%'",
            _ => "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%migrations%' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EF%'",
        };
        var tables = new List<string>();
        await using var reader = await list.ExecuteReaderAsync();
        while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        return tables;
    }
}
