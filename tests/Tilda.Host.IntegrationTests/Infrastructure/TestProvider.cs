using Microsoft.Data.SqlClient;
using Npgsql;
using Tilda.BuildingBlocks.Persistence;

namespace Tilda.Host.IntegrationTests.Infrastructure;

/// <summary>
/// Which database the integration tests run on. <c>build/test.sh</c> runs the suite on SQLite files, then with
/// <c>TILDA_TEST_PROVIDER=PostgreSql</c> against a throwaway PostgreSQL server it starts (<c>TILDA_TEST_POSTGRES</c> is
/// its administrator connection string), then, when <c>TILDA_TEST_SQLSERVER</c> names a SQL Server (an administrator
/// connection string), with <c>TILDA_TEST_PROVIDER=SqlServer</c>. Each test host gets a database of its own.
/// </summary>
/// <remarks>A database target is a SQLite file path, or <see cref="PostgresPrefix"/> or <see cref="SqlServerPrefix"/>
/// followed by a connection string.</remarks>
public static class TestProvider
{
    public const string PostgresPrefix = "postgres:";
    public const string SqlServerPrefix = "sqlserver:";
    private const string PseudonymKey = "integration-tests-pseudonym-key-of-at-least-32-bytes";

    public static DatabaseProvider Current { get; } =
        Enum.TryParse<DatabaseProvider>(Environment.GetEnvironmentVariable("TILDA_TEST_PROVIDER"), ignoreCase: true, out var provider) ? provider : DatabaseProvider.Sqlite;

    private static string Admin(string variable) => Environment.GetEnvironmentVariable(variable)
        ?? throw new InvalidOperationException($"TILDA_TEST_PROVIDER={Current} needs {variable}, the server's admin connection string.");

    public static DatabaseProvider Of(string target) =>
        target.StartsWith(PostgresPrefix, StringComparison.Ordinal) ? DatabaseProvider.PostgreSql
        : target.StartsWith(SqlServerPrefix, StringComparison.Ordinal) ? DatabaseProvider.SqlServer
        : DatabaseProvider.Sqlite;

    /// <summary>The database settings a host on the target has (to write to it behind the host's back).</summary>
    public static DatabaseSettings DatabaseSettings(string target) =>
        new(Of(target), Of(target) == DatabaseProvider.Sqlite ? $"Data Source={target}" : ServerConnectionString(target));

    /// <summary>The connection string of a server target (PostgreSQL or SQL Server).</summary>
    public static string ServerConnectionString(string target) => Of(target) switch
    {
        DatabaseProvider.PostgreSql => target[PostgresPrefix.Length..],
        DatabaseProvider.SqlServer => target[SqlServerPrefix.Length..],
        _ => throw new InvalidOperationException($"{target} is a SQLite file, not a server database."),
    };

    /// <summary>A new, empty database; returns the "database target" the test helpers use.</summary>
    public static string NewDatabase(string folder)
    {
        var name = $"tilda_test_{Guid.NewGuid():N}";
        switch (Current)
        {
            case DatabaseProvider.PostgreSql:
                ExecutePostgres($"CREATE DATABASE \"{name}\"");
                return PostgresPrefix + new NpgsqlConnectionStringBuilder(Admin("TILDA_TEST_POSTGRES")) { Database = name, Pooling = true }.ConnectionString;
            case DatabaseProvider.SqlServer:
                ExecuteSqlServer($"CREATE DATABASE [{name}]");
                // As docs/operations.md recommends: readers see the last committed rows instead of waiting for writers.
                ExecuteSqlServer($"ALTER DATABASE [{name}] SET READ_COMMITTED_SNAPSHOT ON");
                return SqlServerTarget(name);
            default:
                return Path.Combine(folder, "tilda.db");
        }
    }

    /// <summary>The target of a SQL Server database of that name on the test server (which need not exist yet).</summary>
    public static string SqlServerTarget(string database) =>
        SqlServerPrefix + new SqlConnectionStringBuilder(Admin("TILDA_TEST_SQLSERVER")) { InitialCatalog = database, Pooling = true }.ConnectionString;

    public static void DropDatabase(string target)
    {
        switch (Of(target))
        {
            case DatabaseProvider.PostgreSql:
                NpgsqlConnection.ClearAllPools();
                ExecutePostgres($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(ServerConnectionString(target)).Database}\" WITH (FORCE)");
                break;
            case DatabaseProvider.SqlServer:
                SqlConnection.ClearAllPools();
                var name = new SqlConnectionStringBuilder(ServerConnectionString(target)).InitialCatalog;
                ExecuteSqlServer($"IF DB_ID(N'{name}') IS NOT NULL BEGIN ALTER DATABASE [{name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{name}]; END");
                break;
        }
    }

    /// <summary>The host's configuration for a database target.</summary>
    public static IEnumerable<(string Key, string Value)> Settings(string target) => Of(target) switch
    {
        DatabaseProvider.Sqlite => [("Database:Provider", "Sqlite"), ("ConnectionStrings:Tilda", $"Data Source={target}")],
        var server =>
        [
            ("Database:Provider", server.ToString()),
            ("ConnectionStrings:Tilda", ServerConnectionString(target)),
            ("Statistics:PseudonymKey", PseudonymKey),
        ],
    };

    /// <summary>Runs a statement on the SQL Server test server's master database.</summary>
    public static void ExecuteSqlServer(string sql)
    {
        using var connection = new SqlConnection(new SqlConnectionStringBuilder(Admin("TILDA_TEST_SQLSERVER")) { InitialCatalog = "master" }.ConnectionString);
        connection.Open();
        using var command = new SqlCommand(sql, connection) { CommandTimeout = 120 };
        command.ExecuteNonQuery();
    }

    private static void ExecutePostgres(string sql)
    {
        using var connection = new NpgsqlConnection(Admin("TILDA_TEST_POSTGRES"));
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
