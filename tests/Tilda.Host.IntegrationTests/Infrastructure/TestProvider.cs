using Npgsql;

namespace Tilda.Host.IntegrationTests.Infrastructure;

/// <summary>
/// Which database the integration tests run on. <c>build/test.sh</c> runs the suite twice: on SQLite files, then with
/// <c>TILDA_TEST_PROVIDER=PostgreSql</c> against a throwaway PostgreSQL server it starts (<c>TILDA_TEST_POSTGRES</c> is
/// its administrator connection string). Each test host gets a database of its own.
/// </summary>
public static class TestProvider
{
    public const string PostgresPrefix = "postgres:";

    public static bool IsPostgres { get; } =
        string.Equals(Environment.GetEnvironmentVariable("TILDA_TEST_PROVIDER"), "PostgreSql", StringComparison.OrdinalIgnoreCase);

    private static string Admin => Environment.GetEnvironmentVariable("TILDA_TEST_POSTGRES")
        ?? throw new InvalidOperationException("TILDA_TEST_PROVIDER=PostgreSql needs TILDA_TEST_POSTGRES, the server's admin connection string.");

    /// <summary>A new, empty database; returns the "database target" the test helpers use.</summary>
    public static string NewDatabase(string folder)
    {
        if (!IsPostgres) return Path.Combine(folder, "tilda.db");
        var name = $"tilda_test_{Guid.NewGuid():N}";
        Execute($"CREATE DATABASE \"{name}\"");
        return PostgresPrefix + new NpgsqlConnectionStringBuilder(Admin) { Database = name, Pooling = true }.ConnectionString;
    }

    public static void DropDatabase(string target)
    {
        if (!target.StartsWith(PostgresPrefix, StringComparison.Ordinal)) return;
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(target[PostgresPrefix.Length..]).Database;
        Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    /// <summary>The host's configuration for a database target.</summary>
    public static IEnumerable<(string Key, string Value)> Settings(string target) => target.StartsWith(PostgresPrefix, StringComparison.Ordinal)
        ?
        [
            ("Database:Provider", "PostgreSql"),
            ("ConnectionStrings:Tilda", target[PostgresPrefix.Length..]),
            ("Statistics:PseudonymKey", "integration-tests-pseudonym-key-of-at-least-32-bytes"),
        ]
        : [("Database:Provider", "Sqlite"), ("ConnectionStrings:Tilda", $"Data Source={target}")];

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(Admin);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
