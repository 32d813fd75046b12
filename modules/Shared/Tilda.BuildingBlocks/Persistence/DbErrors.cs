using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Tilda.BuildingBlocks.Persistence;

public static class DbErrors
{
    /// <summary>True when the save failed on a unique index or key: a concurrent request got there first.</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        // 2601: duplicate key in a unique index; 2627: violation of a unique or primary-key constraint.
        SqlException sqlServer => sqlServer.Number is 2601 or 2627,
        _ => false,
    };
}
