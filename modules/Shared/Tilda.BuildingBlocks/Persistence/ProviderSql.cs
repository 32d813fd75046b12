namespace Tilda.BuildingBlocks.Persistence;

/// <summary>
/// The few statements Tilda writes by hand because each server database spells them its own way. Kept as text in one
/// place so that they can be checked without a server.
/// </summary>
public static class ProviderSql
{
    /// <summary>Arbitrary but fixed: every Tilda instance asks for the same lock.</summary>
    public const long PostgreSqlMigrationLock = 0x54_69_6C_64_61_4D_69_67; // "TildaMig"
    public const string SqlServerMigrationLock = "Tilda.Migrations";

    /// <summary>
    /// Claims up to <c>{1}</c> due outbox messages (due at <c>{0}</c>), oldest first, row-locked until the transaction
    /// ends; rows another instance has locked are skipped rather than waited for, so two relays never deliver one
    /// message twice. Null on SQLite, which has one writer at a time and claims with a plain query.
    /// </summary>
    public static string? ClaimOutbox(DatabaseProvider provider, string quotedTable) => provider switch
    {
        DatabaseProvider.PostgreSql =>
            $"SELECT * FROM {quotedTable} WHERE \"DeliveredAt\" IS NULL AND (\"NextAttemptAt\" IS NULL OR \"NextAttemptAt\" <= {{0}}) " +
            "ORDER BY \"OccurredAt\", \"Id\" LIMIT {1} FOR UPDATE SKIP LOCKED",
        DatabaseProvider.SqlServer =>
            $"SELECT TOP ({{1}}) * FROM {quotedTable} WITH (UPDLOCK, READPAST, ROWLOCK) " +
            "WHERE \"DeliveredAt\" IS NULL AND (\"NextAttemptAt\" IS NULL OR \"NextAttemptAt\" <= {0}) ORDER BY \"OccurredAt\", \"Id\"",
        _ => null,
    };

    /// <summary>Takes the database-wide migration lock on a session of its own, waiting as long as it takes; null on SQLite
    /// (EF Core's own migration lock serialises processes on one file). On SQL Server a refused lock (deadlock victim,
    /// cancelled) raises an error instead of letting the instance migrate unlocked.</summary>
    public static string? AcquireMigrationLock(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql => $"SELECT pg_advisory_lock({PostgreSqlMigrationLock})",
        DatabaseProvider.SqlServer =>
            "DECLARE @granted int; " +
            $"EXEC @granted = sp_getapplock @Resource = N'{SqlServerMigrationLock}', @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = -1; " +
            $"IF @granted < 0 THROW 51000, N'The migration lock {SqlServerMigrationLock} was not granted.', 1;",
        _ => null,
    };

    public static string? ReleaseMigrationLock(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql => $"SELECT pg_advisory_unlock({PostgreSqlMigrationLock})",
        DatabaseProvider.SqlServer => $"EXEC sp_releaseapplock @Resource = N'{SqlServerMigrationLock}', @LockOwner = 'Session'",
        _ => null,
    };

    /// <summary>
    /// Locks the tables against every other writer until the transaction ends, while readers go on reading what was
    /// committed before (on SQL Server only with READ_COMMITTED_SNAPSHOT on; otherwise they wait too). Null on SQLite,
    /// whose single writer gives the same from the transaction's first write on.
    /// </summary>
    public static string? LockTablesForTransaction(DatabaseProvider provider, params string[] quotedTables) => provider switch
    {
        DatabaseProvider.PostgreSql => $"LOCK TABLE {string.Join(", ", quotedTables)} IN EXCLUSIVE MODE",
        // A table-level exclusive lock is taken when the table is read; COUNT(*) reads it even when empty (a TOP (0) or
        // WHERE 1 = 0 would be optimised into a constant scan that takes no lock).
        DatabaseProvider.SqlServer => string.Join(" ", quotedTables.Select(t => $"SELECT COUNT(*) FROM {t} WITH (TABLOCKX, HOLDLOCK);")),
        _ => null,
    };

    /// <summary>
    /// Brings the query planner's statistics of the tables up to date before heavy queries. SQLite has no automatic
    /// ANALYZE: without statistics its planner can pick an index that turns a correlated subquery into a scan per row
    /// (10,000 persons: 56 s instead of 20 ms). The analysis samples a bounded number of rows per index, so it costs
    /// milliseconds at any size. Null on the servers, whose autovacuum / auto-update keep statistics current.
    /// </summary>
    public static string? RefreshPlannerStatistics(DatabaseProvider provider, params string[] quotedTables) => provider switch
    {
        DatabaseProvider.Sqlite => $"PRAGMA analysis_limit=1000; {string.Concat(quotedTables.Select(t => $"ANALYZE {t}; "))}",
        _ => null,
    };
}
