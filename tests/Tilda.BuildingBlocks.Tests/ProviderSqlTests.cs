using System.Data;
using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Tilda.BuildingBlocks.Outbox;
using Tilda.BuildingBlocks.Persistence;
using Tilda.Testing.Persistence;

namespace Tilda.BuildingBlocks.Tests;

/// <summary>
/// The statements written by hand for the server databases, checked without a server: SQL Server's as its own parser
/// (ScriptDom) reads them, PostgreSQL's as text (they also run in the PostgreSQL pass of build/test.sh).
/// </summary>
public sealed class ProviderSqlTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Given_sql_server_When_the_relay_claims_due_messages_Then_it_sends_t_sql_that_locks_the_oldest_due_rows_and_skips_rows_others_locked()
    {
        using var context = OutboxOnlyContext.On(DatabaseProvider.SqlServer, OutboxOnlyContext.SqlServerConnection);

        using var command = ServerOutboxClaim.Query(context, OutboxOnlyContext.Module, DatabaseProvider.SqlServer, Now, batchSize: 100)!.CreateDbCommand();

        var script = SqlServerScript.Parse(command.CommandText);
        Assert.True(script.Errors.Count == 0, $"{string.Join("; ", script.Errors)} in {command.CommandText}");
        var table = Assert.Single(script.TablesRead);
        Assert.Equal(("decisions", "outbox_messages"), (table.Schema, table.Table));
        Assert.Equal(["UpdLock", "ReadPast", "Rowlock"], table.Hints);
        var query = Assert.Single(script.Queries);
        Assert.Equal("(@p1)", query.Top);
        Assert.Equal("\"DeliveredAt\" IS NULL AND (\"NextAttemptAt\" IS NULL OR \"NextAttemptAt\" <= @p0)", query.Where);
        Assert.Equal(["\"OccurredAt\"", "\"Id\""], query.OrderBy);
        var parameters = command.Parameters.Cast<SqlParameter>().ToDictionary(p => p.ParameterName);
        Assert.Equal((SqlDbType.DateTime2, (object)Now), (parameters["p0"].SqlDbType, parameters["p0"].Value));
        Assert.Equal((SqlDbType.Int, (object)100), (parameters["p1"].SqlDbType, parameters["p1"].Value));
    }

    [Fact]
    public void Given_postgresql_When_the_relay_claims_due_messages_Then_it_locks_the_oldest_due_rows_and_skips_rows_others_locked()
    {
        using var context = OutboxOnlyContext.On(DatabaseProvider.PostgreSql, OutboxOnlyContext.PostgreSqlConnection);

        using var command = ServerOutboxClaim.Query(context, OutboxOnlyContext.Module, DatabaseProvider.PostgreSql, Now, batchSize: 100)!.CreateDbCommand();

        Assert.Equal(
            "SELECT * FROM \"decisions\".\"outbox_messages\" WHERE \"DeliveredAt\" IS NULL AND (\"NextAttemptAt\" IS NULL OR \"NextAttemptAt\" <= @p0) " +
            "ORDER BY \"OccurredAt\", \"Id\" LIMIT @p1 FOR UPDATE SKIP LOCKED", command.CommandText.TrimEnd());
        Assert.Equal([(object)Now, 100], command.Parameters.Cast<DbParameter>().Select(p => p.Value));
    }

    [Fact]
    public void Given_sql_server_When_instances_migrate_Then_each_waits_for_one_session_lock_fails_if_refused_and_releases_the_same_lock()
    {
        var acquire = SqlServerScript.Parse(ProviderSql.AcquireMigrationLock(DatabaseProvider.SqlServer)!);
        var release = SqlServerScript.Parse(ProviderSql.ReleaseMigrationLock(DatabaseProvider.SqlServer)!);

        Assert.Empty(acquire.Errors);
        Assert.Empty(release.Errors);
        var take = Assert.Single(acquire.ProceduresExecuted);
        Assert.Equal("sp_getapplock", take.Name);
        Assert.Equal("Exclusive", take.Parameters["@LockMode"]);
        // Held by the connection, not a transaction: EF commits each migration on its own.
        Assert.Equal("Session", take.Parameters["@LockOwner"]);
        Assert.Equal("-1", take.Parameters["@LockTimeout"]);
        Assert.NotNull(take.ReturnedInto);
        Assert.Equal($"{take.ReturnedInto} < 0", Assert.Single(acquire.ThrowsWhen));
        var give = Assert.Single(release.ProceduresExecuted);
        Assert.Equal("sp_releaseapplock", give.Name);
        Assert.Equal(take.Parameters["@Resource"], give.Parameters["@Resource"]);
        Assert.Equal("Session", give.Parameters["@LockOwner"]);
    }

    [Fact]
    public void Given_postgresql_When_instances_migrate_Then_each_waits_for_one_advisory_lock_and_releases_the_same_one()
    {
        var acquire = ProviderSql.AcquireMigrationLock(DatabaseProvider.PostgreSql)!;
        var release = ProviderSql.ReleaseMigrationLock(DatabaseProvider.PostgreSql)!;

        var key = Regex.Match(acquire, @"^SELECT pg_advisory_lock\((\d+)\)$").Groups[1].Value;
        Assert.NotEmpty(key);
        Assert.Equal($"SELECT pg_advisory_unlock({key})", release);
    }

    [Fact]
    public void Given_sql_server_When_a_rebuild_locks_its_tables_Then_each_is_locked_exclusively_until_the_transaction_ends()
    {
        var script = SqlServerScript.Parse(ProviderSql.LockTablesForTransaction(DatabaseProvider.SqlServer, "\"statistics\".\"inbox\"", "\"statistics\".\"facts\"")!);

        Assert.Empty(script.Errors);
        Assert.Equal([("statistics", "inbox"), ("statistics", "facts")], script.TablesRead.Select(t => (t.Schema, t.Table)));
        Assert.All(script.TablesRead, t => Assert.Equal(["TabLockX", "HoldLock"], t.Hints));
    }

    [Fact]
    public void Given_postgresql_When_a_rebuild_locks_its_tables_Then_writers_wait_and_readers_do_not()
    {
        Assert.Equal("LOCK TABLE \"statistics\".\"inbox\", \"statistics\".\"facts\" IN EXCLUSIVE MODE",
            ProviderSql.LockTablesForTransaction(DatabaseProvider.PostgreSql, "\"statistics\".\"inbox\"", "\"statistics\".\"facts\""));
    }

    [Fact]
    public void Given_sqlite_When_asking_for_server_statements_Then_there_are_none()
    {
        Assert.Null(ProviderSql.ClaimOutbox(DatabaseProvider.Sqlite, "\"decisions_outbox_messages\""));
        Assert.Null(ProviderSql.AcquireMigrationLock(DatabaseProvider.Sqlite));
        Assert.Null(ProviderSql.ReleaseMigrationLock(DatabaseProvider.Sqlite));
        Assert.Null(ProviderSql.LockTablesForTransaction(DatabaseProvider.Sqlite, "\"statistics_inbox\""));
    }
}
