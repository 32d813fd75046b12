using Microsoft.Data.Sqlite;

namespace Tilda.Host.IntegrationTests.Infrastructure;

/// <summary>Reads the SQLite file directly, to see what a request really wrote.</summary>
public static class DatabaseFile
{
    public static async Task<long> CountAsync(string file, string table, string? where = null)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"" + (where is null ? "" : $" WHERE {where}");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Outbox messages not yet delivered, over every module.</summary>
    public static async Task<long> UndeliveredEventsAsync(string file)
    {
        long pending = 0;
        foreach (var (table, _) in await RowCountsAsync(file))
            if (table.EndsWith("_outbox_messages", StringComparison.Ordinal))
                pending += await CountAsync(file, table, "\"DeliveredAt\" IS NULL");
        return pending;
    }

    /// <summary>Row counts of every table except the migration histories.</summary>
    public static async Task<Dictionary<string, long>> RowCountsAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var tables = new List<string>();
        var list = connection.CreateCommand();
        list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%__migrations' AND name NOT LIKE 'sqlite_%'";
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }
        return counts;
    }

    /// <summary>Every text value stored in every table, for checks that something is NOT stored.</summary>
    public static async Task<List<string>> AllTextAsync(string file, string tablePrefix)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var tables = new List<string>();
        var list = connection.CreateCommand();
        list.CommandText = $"SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '{tablePrefix}%'";
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        var values = new List<string>();
        foreach (var table in tables)
        {
            var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                for (var i = 0; i < reader.FieldCount; i++)
                    if (!reader.IsDBNull(i)) values.Add(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!);
        }
        return values;
    }
}
