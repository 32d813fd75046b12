using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Tilda.BuildingBlocks.Persistence;

public enum DatabaseProvider { Sqlite, PostgreSql, SqlServer }

/// <summary>Which database every module uses, resolved once from configuration
/// (<c>Database:Provider</c>, <c>ConnectionStrings:Tilda</c>).</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqliteFile = "data/tilda.db";

    /// <summary>A server database shared by several instances (PostgreSQL, SQL Server), as opposed to the embedded file.</summary>
    public bool IsServer => Provider != DatabaseProvider.Sqlite;

    public static DatabaseSettings From(IConfiguration configuration, string contentRoot)
    {
        var providerText = configuration["Database:Provider"];
        var provider = string.IsNullOrWhiteSpace(providerText) ? DatabaseProvider.Sqlite
            : Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed
            : throw new InvalidOperationException(
                $"Database:Provider '{providerText}' is not supported; use 'Sqlite', 'PostgreSql' or 'SqlServer'.");
        var connectionString = configuration.GetConnectionString("Tilda");
        return provider switch
        {
            DatabaseProvider.Sqlite => new(provider, SqliteConnectionString(connectionString, contentRoot)),
            _ => new(provider, string.IsNullOrWhiteSpace(connectionString)
                ? throw new InvalidOperationException($"ConnectionStrings:Tilda must be set when Database:Provider is {provider}.")
                : connectionString),
        };
    }

    /// <summary>A relative SQLite path is taken from the content root; its folder is created.</summary>
    private static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(configured) ? $"Data Source={DefaultSqliteFile}" : configured);
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }
        builder.Pooling = true;
        // Writers wait for each other instead of failing with SQLITE_BUSY.
        if (builder.DefaultTimeout < 30) builder.DefaultTimeout = 30;
        return builder.ToString();
    }
}
