using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Tilda.BuildingBlocks.Persistence;
using Tilda.Modules.Statistics;
using Tilda.Modules.Statistics.Facts;
using Tilda.Modules.Statistics.Migrations.PostgreSql;
using Tilda.Modules.Statistics.Migrations.Sqlite;
using Tilda.Modules.Statistics.Migrations.SqlServer;

namespace Tilda.Synthetic;

/// <summary>
/// Fills the facts table of a migrated Tilda database with a synthetic history, row for row as the host writes it: the
/// rows are the module's own <see cref="FactRecord"/>s, their columns and value conversions read from its EF model —
/// only the writing is bulk (one prepared statement in one transaction on SQLite, binary COPY on PostgreSQL; on SQL
/// Server, EF Core's batches).
/// </summary>
public static class FactStore
{
    /// <summary>Writes the history's facts dated before today, each recorded (committed) the day after its date.</summary>
    public static async Task<long> FillAsync(DatabaseSettings database, IEnumerable<SyntheticFact> history, DateTime now) =>
        await FillAsync(database, history.Where(f => f.Date < DateOnly.FromDateTime(now)).Select(f => (f, RecordedAt(f, now))));

    /// <summary>The day after the fact's date at noon, or a minute ago if that is later: when its event was committed.</summary>
    public static DateTime RecordedAt(SyntheticFact fact, DateTime now) =>
        DateTime.SpecifyKind(fact.Date.AddDays(1).ToDateTime(new TimeOnly(12, 0)), DateTimeKind.Utc) is var recorded && recorded < now ? recorded : now.AddMinutes(-1);

    /// <summary>Writes the facts, each recorded at its given time.</summary>
    public static async Task<long> FillAsync(DatabaseSettings database, IEnumerable<(SyntheticFact Fact, DateTime RecordedAt)> history)
    {
        await using var db = Context(database);
        var entity = db.Model.FindEntityType(typeof(FactRecord))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Select(p => (Property: p, Name: p.GetColumnName(table)!, Mapping: p.GetRelationalTypeMapping())).ToList();
        var records = history.Select(h => new FactRecord(h.Fact.Type, h.Fact.Subject, h.Fact.Date, h.RecordedAt, h.Fact.Episode, h.Fact.Dimensions));
        var quotedTable = entity.GetSchema() is { } schema ? $"\"{schema}\".\"{table.Name}\"" : $"\"{table.Name}\"";
        var columnList = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
        return database.Provider switch
        {
            DatabaseProvider.PostgreSql => await CopyAsync(database.ConnectionString, quotedTable, columnList, columns, records),
            DatabaseProvider.Sqlite => await InsertAsync(database.ConnectionString, quotedTable, columnList, columns, records),
            _ => await SaveAsync(database, records),
        };
    }

    public static async Task<long> CountAsync(DatabaseSettings database)
    {
        await using var db = Context(database);
        return await db.Facts.LongCountAsync();
    }

    private static StatisticsDbContext Context(DatabaseSettings database) => database.Provider switch
    {
        DatabaseProvider.PostgreSql => new PostgreSqlStatisticsDbContext(new DbContextOptionsBuilder<PostgreSqlStatisticsDbContext>().UseNpgsql(database.ConnectionString).Options),
        DatabaseProvider.Sqlite => new SqliteStatisticsDbContext(new DbContextOptionsBuilder<SqliteStatisticsDbContext>().UseSqlite(database.ConnectionString).Options),
        _ => new SqlServerStatisticsDbContext(new DbContextOptionsBuilder<SqlServerStatisticsDbContext>().UseSqlServer(database.ConnectionString).Options),
    };

    private static async Task<long> SaveAsync(DatabaseSettings database, IEnumerable<FactRecord> records)
    {
        long rows = 0;
        foreach (var chunk in records.Chunk(2000))
        {
            await using var db = Context(database);
            db.Facts.AddRange(chunk);
            rows += await db.SaveChangesAsync();
        }
        return rows;
    }

    private static object? ProviderValue(IProperty property, RelationalTypeMapping mapping, FactRecord record)
    {
        var value = property.GetGetter().GetClrValue(record);
        return value is null ? null : mapping.Converter?.ConvertToProvider(value) ?? value;
    }

    private static async Task<long> InsertAsync(string connectionString, string table, string columnList,
        List<(IProperty Property, string Name, RelationalTypeMapping Mapping)> columns, IEnumerable<FactRecord> records)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        // The random primary keys insert all over the index: a page cache that holds it keeps the load from thrashing.
        await using (var cache = connection.CreateCommand())
        {
            cache.CommandText = "PRAGMA cache_size=-2000000";
            await cache.ExecuteNonQueryAsync();
        }
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table} ({columnList}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        var parameters = columns.Select((c, i) => c.Mapping.CreateParameter(command, $"$p{i}", null, nullable: true)).ToArray();
        command.Parameters.AddRange(parameters);
        command.Prepare();
        long rows = 0;
        foreach (var record in records)
        {
            for (var i = 0; i < columns.Count; i++)
                parameters[i].Value = ProviderValue(columns[i].Property, columns[i].Mapping, record) ?? DBNull.Value;
            await command.ExecuteNonQueryAsync();
            rows++;
        }
        await transaction.CommitAsync();
        await using var analyze = connection.CreateCommand();
        analyze.CommandText = $"ANALYZE {table}";
        await analyze.ExecuteNonQueryAsync();
        return rows;
    }

    private static async Task<long> CopyAsync(string connectionString, string table, string columnList,
        List<(IProperty Property, string Name, RelationalTypeMapping Mapping)> columns, IEnumerable<FactRecord> records)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        long rows = 0;
        await using (var writer = await connection.BeginBinaryImportAsync($"COPY {table} ({columnList}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var record in records)
            {
                await writer.StartRowAsync();
                foreach (var (property, _, mapping) in columns)
                {
                    switch (ProviderValue(property, mapping, record))
                    {
                        case null: await writer.WriteNullAsync(); break;
                        case string text: await writer.WriteAsync(text); break;
                        case long number: await writer.WriteAsync(number); break;
                        case int number: await writer.WriteAsync(number); break;
                        case Guid id: await writer.WriteAsync(id); break;
                        case DateOnly date: await writer.WriteAsync(date); break;
                        case DateTime time: await writer.WriteAsync(time, NpgsqlTypes.NpgsqlDbType.TimestampTz); break;
                        case var other: throw new NotSupportedException($"No COPY mapping for {other.GetType().Name} ({property.Name}).");
                    }
                }
                rows++;
            }
            await writer.CompleteAsync();
        }
        await using var analyze = new NpgsqlCommand($"ANALYZE {table}", connection);
        await analyze.ExecuteNonQueryAsync();
        return rows;
    }
}
